// Strategy.assignments for many strategies: assignments serving the strategy or one of its focus
// areas, and with item.includeChildren those under its child strategies too.
UNWIND $items AS item
CALL (item) {
  OPTIONAL MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(s:Strategy {id: item.strategyId})
  WHERE NOT coalesce(x.retired, false)
    AND (item.includeChildren OR EXISTS { MATCH (x)-[:SERVES]->(s) } OR EXISTS { MATCH (x)-[:IN_FOCUS_AREA]->(:FocusArea)-[:PART_OF]->(s) })
  WITH DISTINCT x ORDER BY x.sortTitle, x.id
  RETURN collect(x) AS matched
}
RETURN item.key AS key, size(matched) AS totalCount,
  [x IN matched WHERE item.afterKey IS NULL OR x.sortTitle > item.afterKey OR (x.sortTitle = item.afterKey AND x.id > item.afterId) | x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle}][..item.limit] AS page
