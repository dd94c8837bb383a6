MATCH (ag:Agency)-[r:PARTICIPATES_IN]->(:Assignment {id: $id})
RETURN ag.id AS agencyId, r.role AS role, r.sourceDocs AS sourceDocs, r.sourceQuotes AS sourceQuotes,
  r.editSourceDocs AS editSourceDocs, r.editSourceQuotes AS editSourceQuotes
ORDER BY agencyId, role
