// Two assignment records that the documents only suggest are the same (a merge needs the texts to
// make it clear): linked, with the curator's reason and the passages that suggest it.
UNWIND $rows AS row
MATCH (a:Assignment {id: row.assignmentId}), (b:Assignment {id: row.otherId})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.origin = 'seed', r.reason = row.reason, r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
