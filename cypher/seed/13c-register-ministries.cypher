// Ministries the register names that neither the documents nor a register record of their own
// bring into the graph.
UNWIND $rows AS row
MERGE (m:Entity:Agency {id: row.id})
SET m.origin = 'seed', m.name = row.name, m.nameEn = null, m.abbreviation = null, m.kind = 'MINISTRY',
    m.sortName = row.sortName, m.folded = row.folded, m.exactKeys = row.exactKeys, m.exactKeyBag = row.exactKeyBag,
    m.sourceDocs = [], m.sourceQuotes = [], m.retired = false, m.registerMinistryName = row.name
