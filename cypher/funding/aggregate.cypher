// Funding flows matching a filter: one keyset page ordered by (year, id) and sums grouped by the
// keys in $groupBy (from the closed FundingGroupKey enum). fundingFlows asks for groupBy [STAGE]
// to get its totals; fundingSummary asks for the user's keys with $limit 0.
// Years: a flow counts in the years it covers that were asked for. An open-ended yearly amount
// ("per år från 2021") counts in every asked year from its start, up to the asked end year; with
// no end year asked it counts once (at its start, or at yearFrom), so no end is ever invented.
// A TOTAL over several years counts once, in its first year. Closed periods are stored per year.
// Each krona once: a flow whose money is already in the result (it passes on a matched flow, or
// is a part of a matched whole) is listed but not summed; only a source or whole with an amount
// holds the money, so a stated onward amount is never lost behind an unspecified one.
// Unspecified amounts are never summed.
MATCH (f:FundingFlow)-[:TO]->(to:Agency)
WHERE NOT coalesce(f.retired, false)
  AND f.stage IN $stages
  AND ($qualifiers IS NULL OR f.qualifier IN $qualifiers)
  AND ($bases IS NULL OR coalesce(f.basis, 'LEVEL') IN $bases)
  AND ($toId IS NULL OR to.id = $toId)
  AND ($recipientKinds IS NULL OR to.kind IN $recipientKinds)
  AND ($fromId IS NULL OR EXISTS { MATCH (f)-[:FROM]->(:Agency {id: $fromId}) })
  AND ($assignmentId IS NULL OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment {id: $assignmentId}) })
  AND ($appropriationId IS NULL OR EXISTS { MATCH (f)-[:UNDER_APPROPRIATION]->(:Appropriation {id: $appropriationId}) })
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH f, to, coalesce(f.openEnded, false) AND coalesce(f.amountBasis, 'PER_YEAR') = 'PER_YEAR' AS expands
WITH f, to, expands,
  CASE WHEN expands THEN coalesce($yearTo, $year, CASE WHEN $yearFrom IS NOT NULL AND $yearFrom > f.year THEN $yearFrom ELSE f.year END) ELSE f.year END AS last,
  CASE WHEN coalesce($yearFrom, $year) IS NOT NULL AND coalesce($yearFrom, $year) > f.year THEN coalesce($yearFrom, $year) ELSE f.year END AS first
WITH f, to, expands, [y IN range(first, last) WHERE ($year IS NULL OR y = $year) AND ($yearFrom IS NULL OR y >= $yearFrom) AND ($yearTo IS NULL OR y <= $yearTo)] AS years
WHERE size(years) > 0
WITH f, to, expands, years, [(g:FundingFlow)-[:PASSED_ON_AS]->(f) WHERE g.amountSek IS NOT NULL | g.id] AS srcIds,
  [(f)-[:SHARE_OF]->(w:FundingFlow) WHERE w.amountSek IS NOT NULL | w.id] AS wholeIds
ORDER BY f.year, f.id
WITH collect({f: f, to: to, years: years, expands: expands, srcIds: srcIds, wholeIds: wholeIds}) AS matched
WITH matched, [m IN matched | m.f.id] AS ids
WITH [m IN matched | {f: m.f, to: m.to, years: m.years, expands: m.expands,
  counted: none(x IN m.srcIds WHERE x IN ids) AND none(x IN m.wholeIds WHERE x IN ids)}] AS rows
CALL (rows) {
  UNWIND rows AS m
  WITH m.f AS f, m.to AS to, m.counted AS counted, m.expands AS expands, m.years AS years
  UNWIND CASE WHEN 'YEAR' IN $groupBy THEN years ELSE [null] END AS y
  WITH f, to, counted, expands, CASE WHEN y IS NULL THEN size(years) ELSE 1 END AS times, y
  WITH f, counted, expands, times,
    y AS year,
    CASE WHEN 'PAYER' IN $groupBy THEN head([(f)-[:FROM]->(p:Agency) | p.id]) END AS payerId,
    CASE WHEN 'RECIPIENT' IN $groupBy THEN to.id END AS recipientId,
    CASE WHEN 'RECIPIENT_KIND' IN $groupBy THEN to.kind END AS recipientKind,
    CASE WHEN 'STRATEGY' IN $groupBy THEN coalesce(
      head([(f)-[:FINANCES]->(s:Strategy) | s.id]),
      reduce(low = null, sid IN [(f)-[:FINANCES]->(:Assignment)-[:SERVES]->(s:Strategy) | s.id] + [(f)-[:FINANCES]->(:Assignment)-[:IN_FOCUS_AREA]->(:FocusArea)-[:PART_OF]->(s:Strategy) | s.id] |
        CASE WHEN low IS NULL OR sid < low THEN sid ELSE low END)) END AS strategyId,
    CASE WHEN 'APPROPRIATION' IN $groupBy THEN head([(f)-[:UNDER_APPROPRIATION]->(a:Appropriation) | a.id]) END AS appropriationId,
    CASE WHEN 'STAGE' IN $groupBy THEN f.stage END AS stage,
    CASE WHEN 'QUALIFIER' IN $groupBy THEN f.qualifier END AS qualifier,
    CASE WHEN 'BASIS' IN $groupBy THEN coalesce(f.basis, 'LEVEL') END AS basis
  WITH year, payerId, recipientId, recipientKind, strategyId, appropriationId, stage, qualifier, basis, f.qualifier AS q,
    sum(CASE WHEN counted THEN coalesce(f.amountSek, 0) * times ELSE 0 END) AS qTotal, count(f) AS qCount,
    count(CASE WHEN f.amountSek IS NULL THEN 1 END) AS qUnspecified,
    count(CASE WHEN NOT counted THEN 1 END) AS qRepeat, count(CASE WHEN expands THEN 1 END) AS qOpen
  ORDER BY q
  WITH year, payerId, recipientId, recipientKind, strategyId, appropriationId, stage, qualifier, basis,
    collect({qualifier: q, totalSek: toFloat(qTotal), flowCount: qCount}) AS byQualifier,
    sum(qTotal) AS totalSek, sum(qCount) AS flowCount, sum(qUnspecified) AS unspecifiedCount,
    sum(qRepeat) AS repeatCount, sum(qOpen) AS openEndedCount
  ORDER BY year, stage, basis, totalSek DESC, payerId, recipientId, strategyId, appropriationId, recipientKind, qualifier
  RETURN collect({year: year, payerId: payerId, recipientId: recipientId, recipientKind: recipientKind, strategyId: strategyId,
    appropriationId: appropriationId, stage: stage, qualifier: qualifier, basis: basis, byQualifier: byQualifier,
    totalSek: toFloat(totalSek), flowCount: flowCount, unspecifiedCount: unspecifiedCount,
    repeatCount: repeatCount, openEndedCount: openEndedCount}) AS groups
}
RETURN size(rows) AS totalCount, groups,
  [f IN [m IN rows WHERE $afterYear IS NULL OR m.f.year > $afterYear OR (m.f.year = $afterYear AND m.f.id > $afterId) | m.f][..$limit] |
    f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}] AS page
