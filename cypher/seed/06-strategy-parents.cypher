UNWIND $rows AS row
MATCH (s:Strategy {id: row.id}), (p:Strategy {id: row.parentId})
MERGE (s)-[r:PART_OF]->(p)
SET r.origin = 'seed'
