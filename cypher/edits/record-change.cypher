// The audit trail: one node per effective edit, linked to the entity, in the edit's transaction.
MATCH (n:Entity {id: $entityId})
CREATE (c:Change {id: $changeId, at: datetime($at), keyId: $keyId, operation: $operation, entityId: $entityId, before: $before, after: $after})
CREATE (c)-[:CHANGED]->(n)
