// Participations in assignments decided on or after the day the register says the agency had
// certainly ceased (existsUntil), with who took over from it. $agencyIds null: every agency.
MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)
WHERE a.existsUntil IS NOT NULL AND x.decided IS NOT NULL AND x.decided >= a.existsUntil
  AND NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
  AND ($agencyIds IS NULL OR a.id IN $agencyIds)
CALL (a) {
  OPTIONAL MATCH (a)-[:SUCCEEDED_BY]->(s:Agency)
  WITH DISTINCT s ORDER BY s.sortName, s.id
  RETURN collect(s {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}) AS successors
}
RETURN a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS agency, x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle} AS assignment, r.role AS role, successors
ORDER BY a.sortName, a.id, x.sortTitle, x.id, r.role
