UNWIND $docs AS doc
MERGE (d:Entity:Document {id: doc.id})
ON CREATE SET d.origin = 'api', d.retired = false, d.title = doc.title, d.url = doc.url, d.published = doc.published,
  d.sourceDocs = [], d.sourceQuotes = []
// A document first given without its text gains it the first time it comes with one; a stored
// text is never replaced (quotes already checked against it stay checked). The text lives in its
// own node so that reads of documents do not carry it; the flag tells
// Source.verified that quotes of this document are checked.
WITH d, doc WHERE doc.fullText IS NOT NULL AND NOT coalesce(d.hasText, false)
CREATE (d)-[:HAS_TEXT]->(:DocumentText {id: d.id, text: doc.fullText})
SET d.hasText = true
