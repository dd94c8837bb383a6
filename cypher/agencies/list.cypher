// Keyset page over agencies ordered by (sortName, id); the filter is repeated in both subqueries
// so the count covers every page and the page query can start from the index.
// The page walks the (sortName, id) index in order and stops at $limit: without the hint the
// planner scanned and sorted every agency (7,591 at bench scale 100: 31 → 8 ms sequential).
// The count, a scan of every agency, runs only when the selection asks for totalCount ($withCount).
// $brief: the few properties the selected fields read (src/graphql/brief.ts).
// $hasAssignment sits in a CASE: as `$hasAssignment IS NULL OR …` the planner evaluated the
// EXISTS for every agency even when the parameter was null (agencies/list 90 → 42 ms at 100×).
// The strategy and everything under it (sub-strategies, focus areas), found once: written as
// `(x)-[…]->()-[:PART_OF*0..6]->(:Strategy {id})` inside the EXISTS, the planner walked the
// strategy's whole tree down once per agency (at bench scale 100: 17.4 M db hits, 5.6 s → 0.35 M).
CALL () {
  OPTIONAL MATCH (s)-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  RETURN collect(s) AS scope
}
CALL (scope) {
  UNWIND CASE WHEN $withCount THEN [true] ELSE [] END AS counted
  MATCH (a:Agency)
  WHERE NOT coalesce(a.retired, false)
    AND ($kinds IS NULL OR a.kind IN $kinds)
    AND ($nameContains IS NULL OR a.folded CONTAINS $nameContains)
    AND ($strategyId IS NULL OR EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->(s)
      WHERE s IN scope AND NOT coalesce(x.retired, false)
    })
    AND ($ministryId IS NULL OR EXISTS { MATCH (a)-[:UNDER_MINISTRY]->(:Agency {id: $ministryId}) })
    AND ($orgNr IS NULL OR $orgNr IN coalesce(a.orgNrs, []))
    AND CASE WHEN $hasAssignment IS NULL THEN true ELSE $hasAssignment = EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
    } END
    AND ($existedOn IS NULL OR ((a.existsFrom IS NULL OR a.existsFrom <= $existedOn) AND (a.existsUntil IS NULL OR $existedOn < a.existsUntil)))
  RETURN CASE WHEN $withCount THEN count(a) END AS totalCount
}
CALL (scope) {
  MATCH (a:Agency) USING INDEX a:Agency(sortName, id)
  WHERE a.sortName >= coalesce($afterKey, '') AND a.id IS NOT NULL AND NOT coalesce(a.retired, false)
    AND ($kinds IS NULL OR a.kind IN $kinds)
    AND ($nameContains IS NULL OR a.folded CONTAINS $nameContains)
    AND ($strategyId IS NULL OR EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->(s)
      WHERE s IN scope AND NOT coalesce(x.retired, false)
    })
    AND ($ministryId IS NULL OR EXISTS { MATCH (a)-[:UNDER_MINISTRY]->(:Agency {id: $ministryId}) })
    AND ($orgNr IS NULL OR $orgNr IN coalesce(a.orgNrs, []))
    AND CASE WHEN $hasAssignment IS NULL THEN true ELSE $hasAssignment = EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
    } END
    AND ($existedOn IS NULL OR ((a.existsFrom IS NULL OR a.existsFrom <= $existedOn) AND (a.existsUntil IS NULL OR $existedOn < a.existsUntil)))
    AND ($afterKey IS NULL OR a.sortName > $afterKey OR (a.sortName = $afterKey AND a.id > $afterId))
  WITH a ORDER BY a.sortName, a.id LIMIT $limit
  RETURN collect(CASE WHEN $brief THEN a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName}
    ELSE a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} END) AS page
}
RETURN totalCount, page
