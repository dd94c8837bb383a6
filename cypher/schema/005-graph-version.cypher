// One counter node that every committed edit and seed import increments in its own transaction,
// so API instances can tell that their cached responses are out of date.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
