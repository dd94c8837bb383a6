// One page of assignments for /export (keyset on id), with the strategies they serve.
MATCH (x:Assignment)
WHERE NOT coalesce(x.retired, false) AND x.id > $after
  AND ($strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH x ORDER BY x.id LIMIT $limit
OPTIONAL MATCH (x)-[:ISSUED_BY]->(m:Agency)
RETURN x.id AS key, x.id AS id, x.title AS title, x.kind AS kind, x.diaryNumber AS diaryNumber, x.diaryNumbers AS diaryNumbers,
  m.id AS issuedById, m.name AS issuedByName, x.decided AS decided, x.reportDue AS reportDue, x.interimReports AS interimReports,
  [(x)-[:SERVES]->(s:Strategy) | s.id] + [(x)-[:IN_FOCUS_AREA]->(:FocusArea)-[:PART_OF]->(s:Strategy) | s.id] AS strategyIds,
  x.sourceDocs AS sourceDocs, x.sourceQuotes AS sourceQuotes
