// Agencies sharing an assignment with the given one, both as ASSIGNEE or COORDINATOR; strength =
// number of distinct shared assignments. $strategyId keeps only assignments under that strategy.
// Group actors (isGroup: "Kommunerna", …) neither are collaborators nor link two agencies unless
// item.includeGroups: working with "the municipalities" is not working with each other.
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
// The strategy and everything under it, found once per item: inside the EXISTS below, written
// as a PART_OF*0..6 path up to the strategy, the planner walked the strategy's whole tree down
// once per shared assignment.
CALL (item) {
  OPTIONAL MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: item.strategyId})
  RETURN collect(s) AS scope
}
// OPTIONAL: an agency without collaborators still gives its row (and its agency).
CALL (item, scope) {
  OPTIONAL MATCH (a:Agency {id: item.agencyId})-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
  WHERE b <> a AND (item.includeGroups OR NOT coalesce(b.isGroup, false))
    AND r1.role IN ['ASSIGNEE', 'COORDINATOR'] AND r2.role IN ['ASSIGNEE', 'COORDINATOR']
    AND NOT coalesce(x.retired, false) AND NOT coalesce(b.retired, false)
    AND (item.strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->(s) WHERE s IN scope })
  WITH b, x ORDER BY x.sortTitle, x.id
  WITH b, collect(DISTINCT x) AS shared
  RETURN b, shared, size(shared) AS strength
  ORDER BY strength DESC, b.sortName, b.id
  LIMIT 1000
}
// Nodes are turned into maps only for the page asked for: a large agency has hundreds of
// collaborators, and building every one's map (and its assignments') costs more than the match.
// $briefAgencies / $briefAssignments: the few properties the selected fields read (src/graphql/brief.ts).
WITH item, agency, collect(CASE WHEN b IS NULL THEN null ELSE {agency: b, assignments: shared, strength: strength} END)[..item.limit] AS page
CALL (page) {
  UNWIND page AS c
  WITH c, c.agency AS b
  RETURN collect({agency: CASE WHEN $briefAgencies THEN b {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName}
      ELSE b {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
      .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
      .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
      .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} END,
    assignments: [x IN c.assignments | CASE WHEN $briefAssignments THEN x {.id, .retired, .title, .kind, .sortTitle, .decided}
      ELSE x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
      .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
      .planned, .interimReports, .aliases, .sortTitle} END],
    strength: c.strength}) AS collaborators
}
RETURN item.key AS key, agency, collaborators
