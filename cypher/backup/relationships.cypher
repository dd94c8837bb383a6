MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props
ORDER BY from, type, to
