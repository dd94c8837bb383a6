// Every node; its element id is only the file's key for relationships to refer to.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
ORDER BY key
