// The values the seeds just wrote on edited entities, to report where they disagree with an edit.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props
