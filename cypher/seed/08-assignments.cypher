UNWIND $rows AS row
MERGE (a:Entity:Assignment {id: row.id})
SET a.origin = 'seed', a.title = row.title, a.kind = row.kind, a.description = row.description,
    a.diaryNumber = row.diaryNumber, a.diaryNumbers = row.diaryNumbers, a.diaryNumbersFolded = row.diaryNumbersFolded,
    a.diaryNumberText = row.diaryNumberText, a.decided = row.decided, a.reportDue = row.reportDue,
    a.decidedEnd = row.decidedEnd, a.decidedPrecision = row.decidedPrecision, a.reportDueEnd = row.reportDueEnd,
    a.reportDuePrecision = row.reportDuePrecision, a.reported = row.reported, a.reportedEnd = row.reportedEnd,
    a.reportedPrecision = row.reportedPrecision, a.planned = row.planned, a.aliases = row.aliases, a.aliasBag = row.aliasBag,
    a.interimReports = row.interimReports, a.sortTitle = row.sortTitle,
    a.exactKeys = row.exactKeys, a.exactKeyBag = row.exactKeyBag, a.sourceDocs = row.sourceDocs, a.sourceQuotes = row.sourceQuotes, a.retired = false
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.issuedById IS NOT NULL
  MATCH (m:Agency {id: row.issuedById})
  MERGE (a)-[r:ISSUED_BY]->(m) SET r.origin = 'seed'
}
