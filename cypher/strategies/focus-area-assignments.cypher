UNWIND $ids AS id
OPTIONAL MATCH (x:Assignment)-[:IN_FOCUS_AREA]->(:FocusArea {id: id})
WHERE NOT coalesce(x.retired, false)
WITH id, x ORDER BY x.sortTitle, x.id
RETURN id, collect(x {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle}) AS assignments
