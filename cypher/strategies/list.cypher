MATCH (s:Strategy)
WHERE NOT coalesce(s.retired, false) AND ($kind IS NULL OR s.kind = $kind)
RETURN s {.*} AS node
ORDER BY s.sortName, s.id
