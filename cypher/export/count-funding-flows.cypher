// Rows /export/funding-flows would send, so one over EXPORT_MAX_ROWS is refused before streaming.
MATCH (f:FundingFlow)
WHERE NOT coalesce(f.retired, false)
  AND ($year IS NULL OR f.year = $year)
  AND f.stage IN $stages
  AND ($agencyId IS NULL OR EXISTS { MATCH (f)-[:FROM|TO]->(:Agency {id: $agencyId}) })
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
RETURN count(f) AS n
