UNWIND $rows AS row
MERGE (d:Entity:Document {id: row.id})
SET d.origin = 'seed', d.title = row.title, d.file = row.file, d.published = row.published, d.url = row.url,
    d.sourceDocs = row.sourceDocs, d.sourceQuotes = row.sourceQuotes, d.retired = false
