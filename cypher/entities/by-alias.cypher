// Entities known under an old id (an alias left by a merge), for ids that matched no entity.
UNWIND $ids AS alias
MATCH (n:Entity)
WHERE n.aliasBag CONTAINS ('|' + alias + '|')
RETURN alias, n {.*} AS node
