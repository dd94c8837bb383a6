// Every import is itself a Change in the audit trail (who, when, seed hash, counts, kept edits),
// in the import's transaction, linked to the import record.
MATCH (s:SeedImport {id: 'seeds'})
CREATE (c:Change {id: $changeId, at: datetime($at), keyId: $keyId, requestId: $requestId, operation: 'importSeeds', entityId: 'seeds', before: $before, after: $after})
CREATE (c)-[:CHANGED]->(s)
