// Every shortest agency–assignment–agency chain between two agencies with the allowed roles, at
// most $maxHops agencies apart, optionally only through a strategy's assignments; up to $limit,
// in id order (src/paths/resolvers.ts picks the first). $briefAgencies / $briefAssignments: the few
// properties the selected fields read (src/graphql/brief.ts); $withSources: the hops' passages.
MATCH (a:Agency {id: $fromId}), (b:Agency {id: $toId})
CALL () {
  WITH $strategyId AS sid WHERE sid IS NOT NULL
  MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: sid})
  RETURN collect(DISTINCT x.id) AS allowed
}
MATCH p = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.role IN $roles)
  AND all(n IN nodes(p) WHERE NOT coalesce(n.retired, false) AND ($includeGroups OR n = a OR n = b OR NOT coalesce(n.isGroup, false)) AND (NOT n:Assignment OR $strategyId IS NULL OR n.id IN allowed))
  AND ($asOf IS NULL OR all(n IN nodes(p) WHERE NOT n:Agency
    OR ((n.existsFrom IS NULL OR n.existsFrom <= $asOf) AND (n.existsUntil IS NULL OR $asOf < n.existsUntil))))
WITH p WHERE length(p) <= 2 * $maxHops
WITH p ORDER BY [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | CASE
    WHEN n:Agency AND $briefAgencies THEN n {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName}
    WHEN n:Assignment AND $briefAssignments THEN n {.id, .retired, .title, .kind, .sortTitle, .decided}
    WHEN n:Agency THEN n {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
      .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
      .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
      .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}
    WHEN n:Assignment THEN n {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .diaryNumberText, .decided,
      .decidedEnd, .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd,
      .reportedPrecision, .planned, .interimReports, .aliases, .sortTitle}
    WHEN n:Strategy THEN n {.id, .retired, .name, .kind, .diaryNumber, .periodStart, .periodEnd, .sortName}
    WHEN n:FocusArea THEN n {.id, .retired, .name, .goal, .sortName}
    WHEN n:FundingFlow THEN n {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
      .exceedsIncoming}
    WHEN n:Appropriation THEN n {.id, .retired, .code, .name}
    WHEN n:Document THEN n {.id, .retired, .title, .published, .url, .file, .hasText}
    ELSE n {.id, .retired} END] AS nodes, [r IN relationships(p) | r.role] AS roles,
       [r IN relationships(p) | CASE WHEN $withSources THEN r {.sourceDocs, .sourceQuotes} ELSE {} END] AS rels
