// The sources of nodes by id: document ids and verbatim quotes (parallel lists), and for a flow
// the passages that say its onward flows exceed what came in. Node queries leave these out (the
// quotes are most of a node's bytes); this is read only for nodes whose sources are selected.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n.sourceDocs AS sourceDocs, n.sourceQuotes AS sourceQuotes,
  n.exceedsSourceDocs AS exceedsSourceDocs, n.exceedsSourceQuotes AS exceedsSourceQuotes
