// A shortest chain agency–assignment–agency… between two agencies over participations in $roles.
// The relationship bound (12 = 6 hops) is the documented maximum; $maxHops is applied after the
// search, which is exact because the path found is already the shortest.
MATCH (a:Agency {id: $fromId}), (b:Agency {id: $toId})
CALL () {
  WITH $strategyId AS sid WHERE sid IS NOT NULL
  MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: sid})
  RETURN collect(DISTINCT x.id) AS allowed
}
MATCH p = shortestPath((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.role IN $roles)
  AND all(n IN nodes(p) WHERE NOT coalesce(n.retired, false) AND (NOT n:Assignment OR $strategyId IS NULL OR n.id IN allowed))
WITH p WHERE length(p) <= 2 * $maxHops
RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r.role] AS roles
