UNWIND $rows AS row
MATCH (s:Strategy {id: row.strategyId})
MERGE (f:Entity:FocusArea {id: row.id})
SET f.origin = 'seed', f.name = row.name, f.goal = row.goal, f.sortName = row.sortName,
    f.exactKeys = row.exactKeys, f.exactKeyBag = row.exactKeyBag, f.sourceDocs = row.sourceDocs, f.sourceQuotes = row.sourceQuotes, f.retired = false
MERGE (f)-[r:PART_OF]->(s)
SET r.origin = 'seed'
