MERGE (s:SeedImport {id: 'seeds'})
SET s.checksum = $checksum, s.at = datetime()
