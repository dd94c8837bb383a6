// Puts API edits back over what the seeds just wrote (same transaction as the import): edited
// properties, edited to-one relations (the seed's relation of that type goes), sources added by
// edits beside the seed's, and participants an edit removed stay removed.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (n)-[r {origin: 'seed'}]->(t)
  WHERE any(k IN row.rels WHERE k = 'rel:' + type(r) + ':*' OR any(l IN labels(t) WHERE k = 'rel:' + type(r) + ':' + l))
  DELETE r
}
WITH count(*) AS applied
CALL () {
  MATCH (n:Entity) WHERE n.editSourceDocs IS NOT NULL
  WITH n, coalesce(n.sourceDocs, []) AS d, coalesce(n.sourceQuotes, []) AS q
  WITH n, d, q, [i IN range(0, size(n.editSourceDocs) - 1) WHERE NOT any(j IN range(0, size(d) - 1) WHERE d[j] = n.editSourceDocs[i] AND q[j] = n.editSourceQuotes[i])] AS add
  SET n.sourceDocs = d + [i IN add | n.editSourceDocs[i]], n.sourceQuotes = q + [i IN add | n.editSourceQuotes[i]]
}
CALL () {
  MATCH (:Agency)-[r:PARTICIPATES_IN]->(:Assignment) WHERE r.editSourceDocs IS NOT NULL
  WITH r, coalesce(r.sourceDocs, []) AS d, coalesce(r.sourceQuotes, []) AS q
  WITH r, d, q, [i IN range(0, size(r.editSourceDocs) - 1) WHERE NOT any(j IN range(0, size(d) - 1) WHERE d[j] = r.editSourceDocs[i] AND q[j] = r.editSourceQuotes[i])] AS add
  SET r.sourceDocs = d + [i IN add | r.editSourceDocs[i]], r.sourceQuotes = q + [i IN add | r.editSourceQuotes[i]]
}
CALL () {
  MATCH (a:Assignment) WHERE size(coalesce(a.removedParticipants, [])) > 0
  MATCH (ag:Agency)-[r:PARTICIPATES_IN]->(a)
  WHERE ag.id + '|' + r.role IN a.removedParticipants
  DELETE r
}
RETURN applied
