// Ministry pairs whose agencies share assignments as ASSIGNEE/COORDINATOR. Each unordered agency
// pair is counted once: across ministries by ministry id order, inside one by agency id order.
// $perStrategy splits the count by every strategy an assignment serves (directly or through a
// focus area), with $strategyId only those under that strategy.
MATCH (a:Agency)-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
WHERE a <> b AND r1.role IN ['ASSIGNEE', 'COORDINATOR'] AND r2.role IN ['ASSIGNEE', 'COORDINATOR']
  AND NOT coalesce(x.retired, false) AND NOT coalesce(a.retired, false) AND NOT coalesce(b.retired, false)
  AND ($strategyId IS NULL OR EXISTS {
    MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  })
MATCH (a)-[:UNDER_MINISTRY]->(ma:Agency), (b)-[:UNDER_MINISTRY]->(mb:Agency)
WHERE ma.id < mb.id OR (ma.id = mb.id AND a.id < b.id)
WITH DISTINCT ma, mb, x, a, b
CALL (x) {
  WITH x WHERE $perStrategy
  MATCH (x)-[:SERVES]->(s:Strategy)
  WHERE $strategyId IS NULL OR EXISTS { MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
  RETURN s.id AS strategyId
  UNION
  WITH x WHERE $perStrategy
  MATCH (x)-[:IN_FOCUS_AREA]->(:FocusArea)-[:PART_OF]->(s:Strategy)
  WHERE $strategyId IS NULL OR EXISTS { MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
  RETURN s.id AS strategyId
  UNION
  WITH x WHERE NOT $perStrategy
  RETURN null AS strategyId
}
WITH ma, mb, strategyId, x, a, b ORDER BY x.sortTitle, x.id
WITH ma, mb, strategyId, collect(DISTINCT x) AS xs, collect(DISTINCT [a.id, b.id]) AS pairs
RETURN ma {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS ministryA, mb {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS ministryB, strategyId, size(xs) AS assignmentCount, size(pairs) AS agencyPairCount,
  [y IN xs | y {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle}] AS assignments
ORDER BY assignmentCount DESC, agencyPairCount DESC, ma.sortName, mb.sortName, strategyId
