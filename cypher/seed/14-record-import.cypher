MERGE (s:SeedImport {id: 'seeds'})
SET s.checksum = $checksum, s.at = datetime()
WITH s
MERGE (v:GraphVersion {id: 'graph'})
SET v.n = coalesce(v.n, 0) + 1
