UNWIND $rows AS row
MERGE (p:Entity:Appropriation {id: row.id})
SET p.origin = 'seed', p.code = row.code, p.name = row.name,
    p.sourceDocs = row.sourceDocs, p.sourceQuotes = row.sourceQuotes, p.retired = false
