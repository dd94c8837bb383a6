// Removes a participation and leaves a tombstone on the assignment, so a re-import of the seeds
// does not bring it back (src/seed/edits.ts).
MATCH (:Agency {id: $agencyId})-[r:PARTICIPATES_IN {role: $role}]->(a:Assignment {id: $assignmentId})
DELETE r
WITH a, count(*) AS removed
SET a.removedParticipants = [k IN coalesce(a.removedParticipants, []) WHERE k <> $agencyId + '|' + $role] + [$agencyId + '|' + $role]
RETURN removed
