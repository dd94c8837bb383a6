// Every flow downstream of the root: root pays f1 to b1, b1 pays f2 to b2 … (trail semantics, so
// cycles end). All flows on a chain are of the same budget year, so money is followed per year.
// Each flow is reported once, at the smallest depth it is reached.
MATCH (root:Agency {id: $fromId})
MATCH (root) ((payer:Agency)<-[:FROM]-(f:FundingFlow)-[:TO]->(recipient:Agency)){1,6}
WHERE size(f) <= $maxDepth
  AND all(x IN f WHERE x.stage IN $stages AND NOT coalesce(x.retired, false) AND x.year = f[0].year AND ($year IS NULL OR x.year = $year))
WITH last(f) AS flow, size(f) AS depth
WITH flow, min(depth) AS depth
ORDER BY depth, flow.year, flow.id
RETURN flow {.*} AS flow, depth
