// The seed owns what it wrote: before writing, drop seeded relationships and the seeded nodes that
// the curated files no longer contain, so a re-import converges on the files (idempotent). What an
// API edit touched is not the seed's alone: a relationship with sources added by an edit stays,
// and an edited node the files dropped stays as the API's (the import reports it).
MATCH (n:Entity {origin: 'seed'})
OPTIONAL MATCH (n)-[r {origin: 'seed'}]-()
WHERE r.editSourceDocs IS NULL
DELETE r
WITH DISTINCT n
WHERE NOT n.id IN $keepIds
CALL (n) {
  WITH n WHERE size(coalesce(n.editedFields, [])) > 0
  SET n.origin = 'api'
}
CALL (n) {
  WITH n WHERE size(coalesce(n.editedFields, [])) = 0
  DETACH DELETE n
}
