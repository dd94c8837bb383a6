MATCH (ag:Agency {id: $agencyId}), (a:Assignment {id: $assignmentId})
MERGE (ag)-[r:PARTICIPATES_IN {role: $role}]->(a)
ON CREATE SET r.origin = 'api'
SET r.sourceDocs = $sourceDocs, r.sourceQuotes = $sourceQuotes
