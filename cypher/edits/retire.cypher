MATCH (n:Entity {id: $id})
SET n.retired = true, n.sourceDocs = $sourceDocs, n.sourceQuotes = $sourceQuotes
RETURN properties(n) AS props
