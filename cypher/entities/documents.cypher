MATCH (d:Document)
WHERE NOT coalesce(d.retired, false)
RETURN d {.id, .retired, .title, .published, .url, .file, .hasText} AS node
ORDER BY d.title, d.id
