// Rows /export/agencies would send, so one over EXPORT_MAX_ROWS is refused before streaming.
MATCH (a:Agency)
WHERE NOT coalesce(a.retired, false)
  AND ($strategyId IS NULL OR EXISTS {
    MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
    WHERE NOT coalesce(x.retired, false)
  })
RETURN count(a) AS n
