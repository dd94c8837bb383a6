// The register ministry of many agencies in one round trip.
UNWIND $ids AS id
MATCH (:Agency {id: id})-[r:UNDER_MINISTRY]->(m:Agency)
RETURN id, m {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} AS ministry, r.holds AS holds, r.asOf AS asOf, r.registerRecord AS record, r.registers AS registers
