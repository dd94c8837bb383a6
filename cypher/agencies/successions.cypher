UNWIND $ids AS id
OPTIONAL MATCH (p:Agency)-[r:SUCCEEDED_BY]->(s:Agency)
WHERE p.id = id OR s.id = id
WITH id, p, r, s ORDER BY r.date, p.id, s.id
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {predecessorId: p.id, successorId: s.id, date: r.date, note: r.note,
  sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes} END) AS successions
