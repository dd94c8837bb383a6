// Which data answers: the last import (seed hash, time), the version counter every committed write
// increments, and the API edits committed since that import.
OPTIONAL MATCH (s:SeedImport {id: 'seeds'})
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
CALL (s) {
  OPTIONAL MATCH (c:Change)
  WHERE c.operation <> 'importSeeds' AND (s IS NULL OR c.at > s.at)
  RETURN count(c) AS edits, max(c.at) AS lastEditAt
}
RETURN s.checksum AS seedChecksum, toString(s.at) AS importedAt, coalesce(v.n, 0) AS graphVersion,
       edits AS editsSinceImport, toString(lastEditAt) AS lastEditAt
