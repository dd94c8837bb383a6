// Any entity by id, retired or not: the kind is read from the id's prefix by the caller.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
