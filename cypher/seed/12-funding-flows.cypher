UNWIND $rows AS row
MATCH (to:Agency {id: row.toId})
MERGE (f:Entity:FundingFlow {id: row.id})
SET f.origin = 'seed', f.amountSek = row.amountSek, f.qualifier = row.qualifier, f.stage = row.stage,
    f.year = row.year, f.note = row.note, f.sourceDocs = row.sourceDocs, f.sourceQuotes = row.sourceQuotes,
    f.yearTo = row.yearTo, f.openEnded = row.openEnded, f.amountBasis = row.amountBasis, f.basis = row.basis,
    f.exceedsIncoming = row.exceedsIncoming, f.exceedsSourceDocs = row.exceedsSourceDocs, f.exceedsSourceQuotes = row.exceedsSourceQuotes,
    f.retired = false
MERGE (f)-[rt:TO]->(to) SET rt.origin = 'seed'
WITH f, row
CALL (f, row) {
  WITH f, row WHERE row.fromId IS NOT NULL
  MATCH (x:Agency {id: row.fromId}) MERGE (f)-[r:FROM]->(x) SET r.origin = 'seed'
}
CALL (f, row) {
  WITH f, row WHERE row.paidViaId IS NOT NULL
  MATCH (x:Agency {id: row.paidViaId}) MERGE (f)-[r:PAID_VIA]->(x) SET r.origin = 'seed'
}
CALL (f, row) {
  WITH f, row WHERE row.appropriationId IS NOT NULL
  MATCH (x:Appropriation {id: row.appropriationId}) MERGE (f)-[r:UNDER_APPROPRIATION]->(x) SET r.origin = 'seed'
}
CALL (f, row) {
  WITH f, row WHERE row.assignmentId IS NOT NULL
  MATCH (x:Assignment {id: row.assignmentId}) MERGE (f)-[r:FINANCES]->(x) SET r.origin = 'seed'
}
CALL (f, row) {
  WITH f, row WHERE row.strategyId IS NOT NULL
  MATCH (x:Strategy {id: row.strategyId}) MERGE (f)-[r:FINANCES]->(x) SET r.origin = 'seed'
}
