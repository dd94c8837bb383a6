// Keyset page over agencies ordered by (sortName, id); the filter is repeated in both subqueries
// so the count covers every page and the page query can start from the index.
CALL () {
  MATCH (a:Agency)
  WHERE NOT coalesce(a.retired, false)
    AND ($kinds IS NULL OR a.kind IN $kinds)
    AND ($nameContains IS NULL OR a.folded CONTAINS $nameContains)
    AND ($strategyId IS NULL OR EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
      WHERE NOT coalesce(x.retired, false)
    })
    AND ($ministryId IS NULL OR EXISTS { MATCH (a)-[:UNDER_MINISTRY]->(:Agency {id: $ministryId}) })
    AND ($orgNr IS NULL OR $orgNr IN coalesce(a.orgNrs, []))
    AND ($hasAssignment IS NULL OR $hasAssignment = EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
    })
    AND ($existedOn IS NULL OR ((a.existsFrom IS NULL OR a.existsFrom <= $existedOn) AND (a.existsUntil IS NULL OR $existedOn < a.existsUntil)))
  RETURN count(a) AS totalCount
}
CALL () {
  MATCH (a:Agency)
  WHERE NOT coalesce(a.retired, false)
    AND ($kinds IS NULL OR a.kind IN $kinds)
    AND ($nameContains IS NULL OR a.folded CONTAINS $nameContains)
    AND ($strategyId IS NULL OR EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
      WHERE NOT coalesce(x.retired, false)
    })
    AND ($ministryId IS NULL OR EXISTS { MATCH (a)-[:UNDER_MINISTRY]->(:Agency {id: $ministryId}) })
    AND ($orgNr IS NULL OR $orgNr IN coalesce(a.orgNrs, []))
    AND ($hasAssignment IS NULL OR $hasAssignment = EXISTS {
      MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
    })
    AND ($existedOn IS NULL OR ((a.existsFrom IS NULL OR a.existsFrom <= $existedOn) AND (a.existsUntil IS NULL OR $existedOn < a.existsUntil)))
    AND ($afterKey IS NULL OR a.sortName > $afterKey OR (a.sortName = $afterKey AND a.id > $afterId))
  WITH a ORDER BY a.sortName, a.id LIMIT $limit
  RETURN collect(a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}) AS page
}
RETURN totalCount, page
