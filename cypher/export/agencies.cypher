// One page of agencies for /export (keyset on id); $strategyId keeps those taking part in it.
// The strategy's tree found once (as in agencies/list.cypher): inside the EXISTS the planner
// walked it once per agency (bench scale 100: 13.8 M db hits, 3–5 s).
CALL () {
  OPTIONAL MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  RETURN collect(s) AS scope
}
MATCH (a:Agency)
WHERE NOT coalesce(a.retired, false) AND a.id > $after
  AND ($strategyId IS NULL OR EXISTS {
    MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->(s)
    WHERE s IN scope AND NOT coalesce(x.retired, false)
  })
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS key, a.id AS id, a.name AS name, a.nameEn AS nameEn, a.abbreviation AS abbreviation, a.kind AS kind,
  COUNT { (a)-[r:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false) } AS participations,
  a.sourceDocs AS sourceDocs, a.sourceQuotes AS sourceQuotes
