// Full-text candidates (Swedish analyzer) plus exact name / abbreviation / diary-number matches and
// entities one of whose keys starts with the query ("polis" → Polismyndigheten); the resolver
// ranks them (src/search/rank.ts). $query is escaped Lucene (src/search/lucene.ts); $labels is
// from the closed SearchKind enum. With $brief (the selection asks for no snippet and only
// fields these few properties answer, src/search/resolvers.ts) candidates come as brief maps.
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $candidates}) YIELD node, score
  WHERE NOT coalesce(node.retired, false) AND any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: CASE WHEN $brief THEN node {.id, .retired, .name, .title, .abbreviation, .nameEn, .kind, .isGroup, .sortName, .sortTitle} ELSE CASE
    WHEN node:Agency THEN node {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
      .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
      .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
      .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}
    WHEN node:Assignment THEN node {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .diaryNumberText, .decided,
      .decidedEnd, .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd,
      .reportedPrecision, .planned, .interimReports, .aliases, .sortTitle}
    WHEN node:Strategy THEN node {.id, .retired, .name, .kind, .diaryNumber, .periodStart, .periodEnd, .sortName}
    WHEN node:FocusArea THEN node {.id, .retired, .name, .goal, .sortName}
    WHEN node:FundingFlow THEN node {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
      .exceedsIncoming}
    WHEN node:Appropriation THEN node {.id, .retired, .code, .name}
    WHEN node:Document THEN node {.id, .retired, .title, .published, .url, .file, .hasText}
    ELSE node {.id, .retired} END END, score: score}) AS hits
}
CALL () {
  MATCH (n:Entity)
  WHERE n.exactKeyBag CONTAINS ('|' + $exact + '|') AND NOT coalesce(n.retired, false) AND any(l IN labels(n) WHERE l IN $labels)
  RETURN collect(CASE WHEN $brief THEN n {.id, .retired, .name, .title, .abbreviation, .nameEn, .kind, .isGroup, .sortName, .sortTitle} ELSE CASE
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
    ELSE n {.id, .retired} END END) AS exact
}
CALL () {
  MATCH (n:Entity)
  WHERE size($exact) >= 3 AND n.exactKeyBag CONTAINS ('|' + $exact) AND NOT coalesce(n.retired, false)
    AND any(l IN labels(n) WHERE l IN $labels)
  WITH n LIMIT $candidates
  RETURN collect(CASE WHEN $brief THEN n {.id, .retired, .name, .title, .abbreviation, .nameEn, .kind, .isGroup, .sortName, .sortTitle} ELSE CASE
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
    ELSE n {.id, .retired} END END) AS prefixed
}
RETURN hits, exact, prefixed
