// $props: retired, the merged sources and the edit's ownership (src/edits/resolvers.ts).
MATCH (n:Entity {id: $id})
SET n += $props
RETURN properties(n) AS props
