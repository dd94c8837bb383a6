UNWIND $rows AS row
MATCH (p:Agency {id: row.predecessorId}), (s:Agency {id: row.successorId})
MERGE (p)-[r:SUCCEEDED_BY]->(s)
SET r.origin = 'seed', r.date = row.date, r.note = row.note, r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
