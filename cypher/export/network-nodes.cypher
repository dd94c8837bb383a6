// Agencies that are ASSIGNEE or COORDINATOR of an assignment (under $strategyId), with how many.
MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)
WHERE r.role IN ['ASSIGNEE', 'COORDINATOR'] AND NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
  AND ($strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH a, count(DISTINCT x) AS assignments
RETURN a.id AS id, a.name AS name, a.abbreviation AS abbreviation, a.kind AS kind, assignments
ORDER BY a.id
LIMIT $limit
