// The stored full text of documents created through the API with their text (null otherwise).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.fullText AS fullText
