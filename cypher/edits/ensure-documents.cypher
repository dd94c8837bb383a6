UNWIND $docs AS doc
MERGE (d:Entity:Document {id: doc.id})
ON CREATE SET d.origin = 'api', d.retired = false, d.title = doc.title, d.url = doc.url, d.published = doc.published,
  d.sourceDocs = [], d.sourceQuotes = []
