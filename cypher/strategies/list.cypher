MATCH (s:Strategy)
WHERE NOT coalesce(s.retired, false) AND ($kind IS NULL OR s.kind = $kind)
RETURN s {.id, .retired, .name, .kind, .diaryNumber, .periodStart, .periodEnd, .sortName} AS node
ORDER BY s.sortName, s.id
