// One row per register record the graph takes. A document actor keeps its name, kind and quotes;
// a register-only agency is created from the record and has no document sources.
UNWIND $rows AS row
MERGE (a:Entity:Agency {id: row.id})
FOREACH (_ IN CASE WHEN row.documentActor THEN [] ELSE [1] END |
  SET a.origin = 'seed', a.name = row.name, a.nameEn = row.nameEn, a.abbreviation = null, a.kind = row.kind,
      a.sortName = row.sortName, a.folded = row.folded, a.exactKeys = row.exactKeys, a.exactKeyBag = row.exactKeyBag,
      a.sourceDocs = [], a.sourceQuotes = [], a.retired = false)
SET a.orgNr = row.orgNr, a.orgNrs = row.orgNrs, a.wikidataId = row.wikidataId, a.website = row.website,
    a.governance = row.governance, a.registerGroup = row.group, a.shortCode = row.shortCode, a.registerNameEn = row.nameEn,
    a.establishedText = row.established, a.closedText = row.closed, a.existsFrom = row.existsFrom, a.existsUntil = row.existsUntil,
    a.registerRecord = row.record, a.registers = row.registers, a.registerMatch = row.matchedBy,
    a.instructionSfs = row.instructionSfs, a.expiredBySfs = row.expiredBySfs, a.otherNames = row.otherNames,
    a.employeesYear = row.employeesYear, a.employeesCount = row.employeesCount, a.registerMinistry = row.ministry
