// The seed owns what it wrote: before writing, drop seeded relationships and the seeded nodes that
// the curated files no longer contain, so a re-import converges on the files (idempotent).
MATCH (n:Entity {origin: 'seed'})
OPTIONAL MATCH (n)-[r {origin: 'seed'}]-()
DELETE r
WITH DISTINCT n
WHERE NOT n.id IN $keepIds
DETACH DELETE n
