// The stored full text of documents created through the API with their text (null otherwise).
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:HAS_TEXT]->(t:DocumentText)
RETURN d.id AS id, t.text AS fullText
