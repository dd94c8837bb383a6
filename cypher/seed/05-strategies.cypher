UNWIND $rows AS row
MERGE (s:Entity:Strategy {id: row.id})
SET s.origin = 'seed', s.name = row.name, s.kind = row.kind, s.diaryNumber = row.diaryNumber,
    s.periodStart = row.periodStart, s.periodEnd = row.periodEnd, s.sortName = row.sortName,
    s.exactKeys = row.exactKeys, s.exactKeyBag = row.exactKeyBag, s.sourceDocs = row.sourceDocs, s.sourceQuotes = row.sourceQuotes, s.retired = false
WITH s, row
CALL (s, row) {
  WITH s, row WHERE row.ownerId IS NOT NULL
  MATCH (o:Agency {id: row.ownerId})
  MERGE (s)-[r:OWNED_BY]->(o) SET r.origin = 'seed'
}
