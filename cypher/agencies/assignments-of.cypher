// Agency.assignments for many agencies at once; each item has its own role, cursor and limit.
UNWIND $items AS item
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
  WITH collect(x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle}) AS matched
  RETURN matched[..item.limit] AS page
}
RETURN item.key AS key, totalCount, page
