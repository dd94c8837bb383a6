UNWIND $rows AS row
MATCH (d:Document {id: row.id}), (a:Agency {id: row.publisherId})
MERGE (d)-[r:PUBLISHED_BY]->(a)
SET r.origin = 'seed'
