UNWIND $rows AS row
MERGE (a:Entity:Agency {id: row.id})
SET a.origin = 'seed', a.name = row.name, a.nameEn = row.nameEn, a.abbreviation = row.abbreviation, a.kind = row.kind, a.isGroup = row.isGroup,
    a.sortName = row.sortName, a.folded = row.folded,
    a.exactKeys = row.exactKeys, a.exactKeyBag = row.exactKeyBag, a.sourceDocs = row.sourceDocs, a.sourceQuotes = row.sourceQuotes, a.retired = false
