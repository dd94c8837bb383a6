// The audit trail is read by entity and by time.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId, n.at);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
