UNWIND $rows AS row
MATCH (ag:Agency {id: row.agencyId}), (a:Assignment {id: row.assignmentId})
MERGE (ag)-[r:PARTICIPATES_IN {role: row.role}]->(a)
SET r.origin = 'seed', r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
