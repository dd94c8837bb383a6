// The graph's version counter (see cypher/schema/005-graph-version.cypher); 0 before the first write.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.n, 0) AS version
