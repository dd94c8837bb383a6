// Replaces an entity's to-one relations named in $set (each {type, targetId}; targetId null
// removes it). Types come from the closed list in src/edits/resolvers.ts.
MATCH (n:Entity {id: $id})
UNWIND $set AS rel
CALL (n, rel) {
  OPTIONAL MATCH (n)-[old]->()
  WHERE type(old) = rel.type AND (rel.targetLabel IS NULL OR rel.targetLabel IN labels(endNode(old)))
  DELETE old
}
CALL (n, rel) {
  WITH n, rel WHERE rel.targetId IS NOT NULL
  MATCH (t:Entity {id: rel.targetId})
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'ISSUED_BY' MERGE (n)-[r:ISSUED_BY]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'OWNED_BY' MERGE (n)-[r:OWNED_BY]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'PART_OF' MERGE (n)-[r:PART_OF]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'FROM' MERGE (n)-[r:FROM]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'TO' MERGE (n)-[r:TO]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'PAID_VIA' MERGE (n)-[r:PAID_VIA]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'UNDER_APPROPRIATION' MERGE (n)-[r:UNDER_APPROPRIATION]->(t) SET r.origin = 'api'
  }
  CALL (n, t, rel) {
    WITH n, t, rel WHERE rel.type = 'FINANCES' MERGE (n)-[r:FINANCES]->(t) SET r.origin = 'api'
  }
}
RETURN count(*) AS done
