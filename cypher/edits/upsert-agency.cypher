// $props is built and checked by src/edits/resolvers.ts; sources arrive already merged.
MERGE (n:Entity:Agency {id: $id})
ON CREATE SET n.origin = 'api', n.retired = false
SET n += $props
SET n.exactKeyBag = reduce(s = '|', k IN coalesce(n.exactKeys, []) | s + k + '|')
RETURN properties(n) AS props
