// Agency.assignments for many agencies at once; each item has its own role, cursor and limit.
// With $withParticipants (the selection asks for them) each page row also carries its
// participants, coordinator first, then by name, which saves the next level a round trip.
// $briefPage / $briefAgencies: only the properties the selected fields read, when that is all they
// read (pageShape in src/assignments/resolvers.ts); $participantSources: passages only when asked.
UNWIND $items AS item
// With $withAgency the agency itself comes along (agency(id) asking for this field: one round trip
// for both, src/agencies/resolvers.ts), projected as entities/by-ids projects an agency.
CALL (item) {
  OPTIONAL MATCH (ag:Agency {id: item.agencyId}) WHERE $withAgency
  RETURN ag {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS agency
}
CALL (item) {
  OPTIONAL MATCH (:Agency {id: item.agencyId})-[r:PARTICIPATES_IN]->(x:Assignment)
  WHERE NOT coalesce(x.retired, false) AND (item.role IS NULL OR r.role = item.role)
  RETURN count(DISTINCT x) AS totalCount
}
CALL (item) {
  OPTIONAL MATCH (:Agency {id: item.agencyId})-[r:PARTICIPATES_IN]->(x:Assignment)
  WHERE NOT coalesce(x.retired, false) AND (item.role IS NULL OR r.role = item.role)
    AND (item.afterKey IS NULL OR x.sortTitle > item.afterKey OR (x.sortTitle = item.afterKey AND x.id > item.afterId))
  WITH DISTINCT x ORDER BY x.sortTitle, x.id
  // Collected as nodes and turned into maps only for the page (an agency may have hundreds).
  WITH collect(x) AS matched
  RETURN matched[..item.limit] AS pageNodes
}
CALL (pageNodes) {
  UNWIND CASE WHEN $withParticipants THEN pageNodes ELSE [] END AS x
  CALL (x) {
    OPTIONAL MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x)
    WHERE NOT coalesce(a.retired, false)
    WITH a, r
    ORDER BY CASE r.role WHEN 'COORDINATOR' THEN 0 WHEN 'ASSIGNEE' THEN 1 WHEN 'CONSULTED' THEN 2 ELSE 3 END, a.sortName, a.id
    RETURN collect(CASE WHEN r IS NULL THEN null ELSE {agency: CASE WHEN $briefAgencies THEN a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName}
        ELSE a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
        .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
        .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
        .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} END,
        role: r.role,
        sourceDocs: CASE WHEN $participantSources THEN r.sourceDocs END,
        sourceQuotes: CASE WHEN $participantSources THEN r.sourceQuotes END} END) AS participants
  }
  RETURN collect({id: x.id, participants: participants}) AS prefetched
}
RETURN item.key AS key, agency, totalCount, [x IN pageNodes | CASE WHEN $briefPage THEN x {.id, .retired, .title, .kind, .sortTitle, .decided}
  ELSE x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle} END] AS page, prefetched
