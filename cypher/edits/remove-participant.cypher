MATCH (:Agency {id: $agencyId})-[r:PARTICIPATES_IN {role: $role}]->(:Assignment {id: $assignmentId})
DELETE r
RETURN count(*) AS removed
