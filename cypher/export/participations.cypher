// One page of (agency, role, assignment) rows for /export, keyset on assignment id, agency id, role.
MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)
WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
  AND x.id + '|' + a.id + '|' + r.role > $after
  AND ($strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH a, r, x ORDER BY x.id + '|' + a.id + '|' + r.role LIMIT $limit
RETURN x.id + '|' + a.id + '|' + r.role AS key, x.id AS assignmentId, x.title AS assignmentTitle, x.diaryNumber AS diaryNumber,
  a.id AS agencyId, a.name AS agencyName, r.role AS role, x.reportDue AS reportDue,
  r.sourceDocs AS sourceDocs, r.sourceQuotes AS sourceQuotes
