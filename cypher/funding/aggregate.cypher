// Funding flows matching a filter: one keyset page ordered by (year, id) and sums grouped by the
// keys in $groupBy (from the closed FundingGroupKey enum). fundingFlows asks for groupBy [STAGE]
// to get its totals; fundingSummary asks for the user's keys with $limit 0. Sums skip flows whose
// amount is unspecified (null) and count them instead.
MATCH (f:FundingFlow)-[:TO]->(to:Agency)
WHERE NOT coalesce(f.retired, false)
  AND f.stage IN $stages
  AND ($qualifiers IS NULL OR f.qualifier IN $qualifiers)
  AND ($toId IS NULL OR to.id = $toId)
  AND ($recipientKinds IS NULL OR to.kind IN $recipientKinds)
  AND ($year IS NULL OR f.year = $year)
  AND ($yearFrom IS NULL OR f.year >= $yearFrom)
  AND ($yearTo IS NULL OR f.year <= $yearTo)
  AND ($fromId IS NULL OR EXISTS { MATCH (f)-[:FROM]->(:Agency {id: $fromId}) })
  AND ($assignmentId IS NULL OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment {id: $assignmentId}) })
  AND ($appropriationId IS NULL OR EXISTS { MATCH (f)-[:UNDER_APPROPRIATION]->(:Appropriation {id: $appropriationId}) })
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH f, to ORDER BY f.year, f.id
WITH collect({f: f, to: to}) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m.f AS f, m.to AS to
  WITH f,
    CASE WHEN 'YEAR' IN $groupBy THEN f.year END AS year,
    CASE WHEN 'PAYER' IN $groupBy THEN head([(f)-[:FROM]->(p:Agency) | p.id]) END AS payerId,
    CASE WHEN 'RECIPIENT' IN $groupBy THEN to.id END AS recipientId,
    CASE WHEN 'RECIPIENT_KIND' IN $groupBy THEN to.kind END AS recipientKind,
    CASE WHEN 'STRATEGY' IN $groupBy THEN coalesce(
      head([(f)-[:FINANCES]->(s:Strategy) | s.id]),
      reduce(low = null, sid IN [(f)-[:FINANCES]->(:Assignment)-[:SERVES]->(s:Strategy) | s.id] + [(f)-[:FINANCES]->(:Assignment)-[:IN_FOCUS_AREA]->(:FocusArea)-[:PART_OF]->(s:Strategy) | s.id] |
        CASE WHEN low IS NULL OR sid < low THEN sid ELSE low END)) END AS strategyId,
    CASE WHEN 'APPROPRIATION' IN $groupBy THEN head([(f)-[:UNDER_APPROPRIATION]->(a:Appropriation) | a.id]) END AS appropriationId,
    CASE WHEN 'STAGE' IN $groupBy THEN f.stage END AS stage,
    CASE WHEN 'QUALIFIER' IN $groupBy THEN f.qualifier END AS qualifier
  WITH year, payerId, recipientId, recipientKind, strategyId, appropriationId, stage, qualifier, f.qualifier AS q,
    sum(coalesce(f.amountSek, 0)) AS qTotal, count(f) AS qCount, count(f.amountSek) AS qSpecified
  ORDER BY q
  WITH year, payerId, recipientId, recipientKind, strategyId, appropriationId, stage, qualifier,
    collect({qualifier: q, totalSek: toFloat(qTotal), flowCount: qCount}) AS byQualifier,
    sum(qTotal) AS totalSek, sum(qCount) AS flowCount, sum(qCount - qSpecified) AS unspecifiedCount
  ORDER BY year, stage, totalSek DESC, payerId, recipientId, strategyId, appropriationId, recipientKind, qualifier
  RETURN collect({year: year, payerId: payerId, recipientId: recipientId, recipientKind: recipientKind, strategyId: strategyId,
    appropriationId: appropriationId, stage: stage, qualifier: qualifier, byQualifier: byQualifier,
    totalSek: toFloat(totalSek), flowCount: flowCount, unspecifiedCount: unspecifiedCount}) AS groups
}
RETURN size(matched) AS totalCount, groups,
  [m IN matched WHERE $afterYear IS NULL OR m.f.year > $afterYear OR (m.f.year = $afterYear AND m.f.id > $afterId) | properties(m.f)][..$limit] AS page
