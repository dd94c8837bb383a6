// What API edits own, read in the import's transaction before the seeds are written: the edited
// properties with their current (edited) values, the to-one relations an edit set, and whether the
// curated files still contain the entity. See src/seed/edits.ts.
MATCH (n:Entity)
WHERE size(coalesce(n.editedFields, [])) > 0
RETURN n.id AS id,
  [k IN n.editedFields WHERE NOT k STARTS WITH 'rel:' | [k, n[k]]] AS pairs,
  [k IN n.editedFields WHERE k STARTS WITH 'rel:'] AS rels,
  n.editBase AS editBase,
  (n.origin = 'seed' AND NOT n.id IN $keepIds) AS droppedBySeeds
ORDER BY id
