// $props is built and checked by src/edits/resolvers.ts; sources arrive already merged.
MERGE (n:Entity:Assignment {id: $id})
ON CREATE SET n.origin = 'api', n.retired = false
SET n += $props
RETURN properties(n) AS props
