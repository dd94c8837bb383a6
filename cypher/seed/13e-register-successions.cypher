// Successions the register states (replaces / replacedBy), kept apart from the documents' own
// SUCCEEDED_BY edges by their basis so that each keeps its source.
UNWIND $rows AS row
MATCH (p:Agency {id: row.predecessorId}), (s:Agency {id: row.successorId})
MERGE (p)-[r:SUCCEEDED_BY {basis: row.basis}]->(s)
SET r.origin = 'seed', r.date = row.date, r.note = null, r.sourceDocs = [], r.sourceQuotes = [],
    r.registerRecord = row.record, r.registerField = row.field, r.registers = row.registers, r.referenceUrl = row.url,
    r.referencePublisher = row.publisher, r.referenceExcerpt = row.excerpt
