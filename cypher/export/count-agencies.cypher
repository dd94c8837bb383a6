// Rows /export/agencies would send, so one over EXPORT_MAX_ROWS is refused before streaming.
// The strategy's tree found once (as in agencies/list.cypher): inside the EXISTS the planner
// walked it once per agency (bench scale 100: 13.8 M db hits, 3–5 s).
CALL () {
  OPTIONAL MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  RETURN collect(s) AS scope
}
MATCH (a:Agency)
WHERE NOT coalesce(a.retired, false)
  AND ($strategyId IS NULL OR EXISTS {
    MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->(s)
    WHERE s IN scope AND NOT coalesce(x.retired, false)
  })
RETURN count(a) AS n
