// Assignments matching every given filter, ordered by (sortTitle, id), as one keyset page plus the
// count over all pages. $text is an already-escaped Lucene query (src/search/lucene.ts).
// The candidates come from the most selective filter given (strategy, agency, text, else all), so
// a filtered list costs what the filter selects, not what the graph holds: each branch of the
// UNION starts with a test on parameters only, so only one of them touches the graph.
// The full-text query runs once: its hits are the candidates or, under another filter, a test.
// $briefPage / $briefAgencies: only the properties the selected fields read, when that is all they
// read (pageShape in src/assignments/resolvers.ts); $participantSources: passages only when asked.
CALL () {
  WITH $text AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', q) YIELD node
  WHERE node:Assignment
  RETURN collect(node) AS textHits
}
CALL (textHits) {
  WITH $strategyId AS sid WHERE sid IS NOT NULL
  MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: sid})
  RETURN x
  UNION
  WITH $agencyId AS aid WHERE aid IS NOT NULL AND $strategyId IS NULL
  MATCH (:Agency {id: aid})-[:PARTICIPATES_IN]->(x:Assignment)
  RETURN x
  UNION
  WITH textHits WHERE $text IS NOT NULL AND $strategyId IS NULL AND $agencyId IS NULL
  UNWIND textHits AS x
  RETURN x
  UNION
  WITH 1 AS all WHERE $strategyId IS NULL AND $agencyId IS NULL AND $text IS NULL
  MATCH (x:Assignment)
  RETURN x
}
WITH DISTINCT x, textHits
WHERE NOT coalesce(x.retired, false)
  AND ($text IS NULL OR x IN textHits)
  AND ($agencyId IS NULL OR EXISTS {
    MATCH (:Agency {id: $agencyId})-[r:PARTICIPATES_IN]->(x) WHERE $role IS NULL OR r.role = $role
  })
  AND ($agencyId IS NOT NULL OR $role IS NULL OR EXISTS { MATCH (:Agency)-[r:PARTICIPATES_IN {role: $role}]->(x) })
  AND ($strategyId IS NULL OR EXISTS {
    MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  })
  AND ($focusAreaId IS NULL OR EXISTS { MATCH (x)-[:IN_FOCUS_AREA]->(:FocusArea {id: $focusAreaId}) })
  AND ($issuedById IS NULL OR EXISTS { MATCH (x)-[:ISSUED_BY]->(:Agency {id: $issuedById}) })
  AND ($diaryNumber IS NULL OR $diaryNumber IN x.diaryNumbersFolded)
  AND ($dueAfter IS NULL OR coalesce(x.reportDueEnd, x.reportDue) >= $dueAfter)
  AND ($dueBefore IS NULL OR x.reportDue <= $dueBefore)
  AND ($kinds IS NULL OR x.kind IN $kinds)
  // The same rules as src/assignments/status.ts (an integration test compares the two).
  AND ($status IS NULL OR $status = CASE
    WHEN x.decided IS NOT NULL AND $asOf < x.decided THEN 'NOT_STARTED'
    WHEN coalesce(x.planned, false) AND x.decided IS NULL THEN 'NOT_STARTED'
    WHEN coalesce(x.reportedEnd, x.reported) IS NOT NULL AND $asOf >= coalesce(x.reportedEnd, x.reported) THEN 'REPORTED'
    WHEN coalesce(x.reportDueEnd, x.reportDue) IS NOT NULL AND $asOf <= coalesce(x.reportDueEnd, x.reportDue) THEN 'ONGOING'
    WHEN coalesce(x.reportDueEnd, x.reportDue) IS NOT NULL THEN 'DUE_PASSED'
    WHEN x.reported IS NOT NULL AND x.decided IS NOT NULL THEN 'ONGOING'
    ELSE 'UNKNOWN' END)
WITH x ORDER BY x.sortTitle, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount,
  [x IN matched WHERE $afterKey IS NULL OR x.sortTitle > $afterKey OR (x.sortTitle = $afterKey AND x.id > $afterId)][..$limit] AS pageNodes
// With $withParticipants (the selection asks for them) the page's participants come along.
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
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} END, role: r.role,
        sourceDocs: CASE WHEN $participantSources THEN r.sourceDocs END,
        sourceQuotes: CASE WHEN $participantSources THEN r.sourceQuotes END} END) AS participants
  }
  RETURN collect({id: x.id, participants: participants}) AS prefetched
}
RETURN totalCount, [x IN pageNodes | CASE WHEN $briefPage THEN x {.id, .retired, .title, .kind, .sortTitle, .decided}
  ELSE x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle} END] AS page, prefetched
