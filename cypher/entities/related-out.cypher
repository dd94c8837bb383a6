// Outgoing neighbours of many entities in one round trip. $relType and $targetLabel come from the
// closed list in src/graphql/relations.ts, never from a request.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE type(r) = $relType AND $targetLabel IN labels(m) AND NOT coalesce(m.retired, false)
WITH id, m
ORDER BY coalesce(m.sortName, m.sortTitle), m.year, m.id
RETURN id, collect(m {.*}) AS nodes
