// Everything API edits own (src/seed/edits.ts), for `npm run seed:export-edits`.
MATCH (n:Entity)
WHERE size(coalesce(n.editedFields, [])) > 0 OR n.editSourceDocs IS NOT NULL OR size(coalesce(n.removedParticipants, [])) > 0
OPTIONAL MATCH (ag:Agency)-[p:PARTICIPATES_IN]->(n) WHERE p.editSourceDocs IS NOT NULL
WITH n, collect(CASE WHEN p IS NULL THEN null ELSE {agencyId: ag.id, role: p.role, origin: p.origin, sourceDocs: p.editSourceDocs, sourceQuotes: p.editSourceQuotes} END) AS participants
OPTIONAL MATCH (n)-[r {origin: 'api'}]->(t:Entity) WHERE type(r) IN ['ISSUED_BY', 'OWNED_BY', 'PART_OF', 'FROM', 'TO', 'PAID_VIA', 'UNDER_APPROPRIATION', 'FINANCES']
WITH n, participants, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), targetId: t.id} END) AS relations
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.origin AS origin,
  [k IN coalesce(n.editedFields, []) WHERE NOT k STARTS WITH 'rel:' | [k, n[k]]] AS fields,
  relations, participants, coalesce(n.removedParticipants, []) AS removedParticipants,
  coalesce(n.editSourceDocs, []) AS sourceDocs, coalesce(n.editSourceQuotes, []) AS sourceQuotes
ORDER BY id
