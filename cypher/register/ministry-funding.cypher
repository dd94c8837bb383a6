// Flows summed by the recipient's register ministry; a recipient that is itself a ministry counts
// for itself, one with no ministry link under null.
MATCH (f:FundingFlow)-[:TO]->(to:Agency)
WHERE NOT coalesce(f.retired, false) AND f.stage IN $stages
  AND ($year IS NULL OR f.year = $year)
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
OPTIONAL MATCH (to)-[:UNDER_MINISTRY]->(m:Agency)
WITH f, to, coalesce(m, CASE WHEN to.kind = 'MINISTRY' THEN to END) AS ministry
WITH ministry, toFloat(sum(coalesce(f.amountSek, 0))) AS totalSek, count(f) AS flowCount,
  count(f) - count(f.amountSek) AS unspecifiedCount, count(DISTINCT to) AS recipientCount
RETURN ministry {.*} AS ministry, totalSek, flowCount, unspecifiedCount, recipientCount
ORDER BY totalSek DESC, ministry.sortName
