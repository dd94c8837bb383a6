// Which of the referenced ids exist (and are not retired), with their labels.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT coalesce(n.retired, false)
RETURN n.id AS id, labels(n) AS labels
