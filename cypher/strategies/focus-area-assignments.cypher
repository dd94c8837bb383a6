UNWIND $ids AS id
OPTIONAL MATCH (x:Assignment)-[:IN_FOCUS_AREA]->(:FocusArea {id: id})
WHERE NOT coalesce(x.retired, false)
WITH id, x ORDER BY x.sortTitle, x.id
RETURN id, collect(x {.*}) AS assignments
