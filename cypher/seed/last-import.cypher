OPTIONAL MATCH (s:SeedImport {id: 'seeds'})
RETURN s.checksum AS checksum
