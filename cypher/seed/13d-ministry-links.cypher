// (agency)-[:UNDER_MINISTRY]->(ministry) as the register gives it: today's ministry for a current
// agency, the last one for a closed agency (asOf: its end date).
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId}), (m:Agency {id: row.ministryId})
MERGE (a)-[r:UNDER_MINISTRY]->(m)
SET r.origin = 'seed', r.holds = row.holds, r.asOf = row.asOf, r.registerRecord = row.record, r.registers = row.registers
