// Adds SERVES / IN_FOCUS_AREA links of an assignment, with the edit's sources.
MATCH (a:Assignment {id: $id})
UNWIND $links AS link
CALL (a, link) {
  WITH a, link WHERE link.kind = 'STRATEGY'
  MATCH (s:Strategy {id: link.targetId})
  MERGE (a)-[r:SERVES]->(s)
  ON CREATE SET r.origin = 'api', r.sourceDocs = $sourceDocs, r.sourceQuotes = $sourceQuotes
}
CALL (a, link) {
  WITH a, link WHERE link.kind = 'FOCUS_AREA'
  MATCH (f:FocusArea {id: link.targetId})
  MERGE (a)-[r:IN_FOCUS_AREA]->(f)
  ON CREATE SET r.origin = 'api', r.sourceDocs = $sourceDocs, r.sourceQuotes = $sourceQuotes
}
RETURN count(*) AS done
