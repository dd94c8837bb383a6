MATCH (d:Document)
WHERE NOT coalesce(d.retired, false)
RETURN d {.*} AS node
ORDER BY d.title, d.id
