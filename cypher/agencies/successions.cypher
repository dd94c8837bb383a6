UNWIND $ids AS id
OPTIONAL MATCH (p:Agency)-[r:SUCCEEDED_BY]->(s:Agency)
WHERE p.id = id OR s.id = id
WITH id, p, r, s ORDER BY r.date, p.id, s.id
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {predecessorId: p.id, successorId: s.id, date: r.date, note: r.note,
  sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes, basis: coalesce(r.basis, 'DOCUMENT'), registerRecord: r.registerRecord,
  registers: r.registers, referenceUrl: r.referenceUrl, referencePublisher: r.referencePublisher, referenceExcerpt: r.referenceExcerpt} END) AS successions
