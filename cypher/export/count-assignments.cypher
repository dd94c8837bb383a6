// Rows /export/assignments would send, so one over EXPORT_MAX_ROWS is refused before streaming.
MATCH (x:Assignment)
WHERE NOT coalesce(x.retired, false)
  AND ($strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
RETURN count(x) AS n
