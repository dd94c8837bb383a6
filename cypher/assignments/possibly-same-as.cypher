// Possible duplicates of each assignment, in either direction of the link.
UNWIND $ids AS id
MATCH (a:Assignment {id: id})-[r:POSSIBLY_SAME_AS]-(b:Assignment)
WHERE NOT coalesce(b.retired, false)
WITH id, b, r ORDER BY b.id
RETURN id, collect({assignment: b {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .decided, .decidedEnd,
    .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd, .reportedPrecision,
    .planned, .interimReports, .aliases, .sortTitle}, reason: r.reason, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes}) AS links
