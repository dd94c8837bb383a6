// Register facts are rewritten on every import: drop the ones an earlier import put on seeded
// agencies, so an actor that no longer matches (or a record that left the register) keeps none.
UNWIND $rows AS row
MATCH (a:Agency {origin: 'seed'})
WHERE a.registerRecord IS NOT NULL
REMOVE a.orgNr, a.orgNrs, a.wikidataId, a.website, a.governance, a.registerGroup, a.shortCode, a.registerNameEn,
  a.establishedText, a.closedText, a.existsFrom, a.existsUntil, a.registerRecord, a.registers, a.registerMatch,
  a.instructionSfs, a.expiredBySfs, a.otherNames, a.employeesYear, a.employeesCount, a.registerMinistry
