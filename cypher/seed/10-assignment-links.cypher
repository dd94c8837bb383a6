// Which strategy or focus area an assignment serves; the label of the target is fixed per row
// kind by the importer (STRATEGY → SERVES, FOCUS_AREA → IN_FOCUS_AREA).
UNWIND $rows AS row
MATCH (a:Assignment {id: row.assignmentId})
CALL (a, row) {
  WITH a, row WHERE row.kind = 'STRATEGY'
  MATCH (s:Strategy {id: row.targetId})
  MERGE (a)-[r:SERVES]->(s)
  SET r.origin = 'seed', r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
}
CALL (a, row) {
  WITH a, row WHERE row.kind = 'FOCUS_AREA'
  MATCH (f:FocusArea {id: row.targetId})
  MERGE (a)-[r:IN_FOCUS_AREA]->(f)
  SET r.origin = 'seed', r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
}
