// The register ministry of many agencies in one round trip.
UNWIND $ids AS id
MATCH (:Agency {id: id})-[r:UNDER_MINISTRY]->(m:Agency)
RETURN id, m {.*} AS ministry, r.holds AS holds, r.asOf AS asOf, r.registerRecord AS record, r.registers AS registers
