// Adds or re-sources a participation; the sources this edit added are kept apart so a re-import
// puts them back beside the seed's, and an earlier removal of the same role is lifted.
MATCH (ag:Agency {id: $agencyId}), (a:Assignment {id: $assignmentId})
MERGE (ag)-[r:PARTICIPATES_IN {role: $role}]->(a)
ON CREATE SET r.origin = 'api'
SET r.sourceDocs = $sourceDocs, r.sourceQuotes = $sourceQuotes, r.editSourceDocs = $editSourceDocs, r.editSourceQuotes = $editSourceQuotes,
    a.removedParticipants = [k IN coalesce(a.removedParticipants, []) WHERE k <> $agencyId + '|' + $role]
