// The audit trail: one node per effective edit, linked to the entity, in the edit's transaction;
// and the graph's version counter, so every API instance drops responses cached before it.
MATCH (n:Entity {id: $entityId})
CREATE (c:Change {id: $changeId, at: datetime($at), keyId: $keyId, requestId: $requestId, operation: $operation, entityId: $entityId, before: $before, after: $after})
CREATE (c)-[:CHANGED]->(n)
WITH c
MERGE (v:GraphVersion {id: 'graph'})
SET v.n = coalesce(v.n, 0) + 1
