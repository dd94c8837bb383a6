UNWIND $docs AS doc
MERGE (d:Entity:Document {id: doc.id})
ON CREATE SET d.origin = 'api', d.retired = false, d.title = doc.title, d.url = doc.url, d.published = doc.published,
  d.sourceDocs = [], d.sourceQuotes = []
// A document first given without its text gains it the first time it comes with one; a stored
// text is never replaced (quotes already checked against it stay checked).
SET d.fullText = coalesce(d.fullText, doc.fullText)
