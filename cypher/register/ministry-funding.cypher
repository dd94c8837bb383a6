// Flows summed by the recipient's register ministry; a recipient that is itself a ministry counts
// for itself, one with no ministry link under null. Each krona once, as every funding sum: a flow
// passed on from another flow in the result, or a part of a whole in it, is not added again (the
// money counts under the ministry of the first recipient).
MATCH (f:FundingFlow)-[:TO]->(to:Agency)
WHERE NOT coalesce(f.retired, false) AND f.stage IN $stages
  AND ($year IS NULL OR f.year = $year)
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH collect(f) AS flows
UNWIND flows AS f
WITH f, flows
WHERE NOT EXISTS { MATCH (g:FundingFlow)-[:PASSED_ON_AS]->(f) WHERE g IN flows AND g.amountSek IS NOT NULL }
  AND NOT EXISTS { MATCH (f)-[:SHARE_OF]->(w:FundingFlow) WHERE w IN flows AND w.amountSek IS NOT NULL }
MATCH (f)-[:TO]->(to:Agency)
OPTIONAL MATCH (to)-[:UNDER_MINISTRY]->(m:Agency)
WITH f, to, coalesce(m, CASE WHEN to.kind = 'MINISTRY' THEN to END) AS ministry
WITH ministry, toFloat(sum(coalesce(f.amountSek, 0))) AS totalSek, count(f) AS flowCount,
  count(f) - count(f.amountSek) AS unspecifiedCount, count(DISTINCT to) AS recipientCount
RETURN ministry {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS ministry, totalSek, flowCount, unspecifiedCount, recipientCount
ORDER BY totalSek DESC, ministry.sortName
