// Types are checked against KNOWN_TYPES in src/neo4j/backup.ts; endpoints are the element ids the
// node batches of the same transaction returned.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
