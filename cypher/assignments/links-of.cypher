// The sources of an assignment's SERVES / IN_FOCUS_AREA links, for auditors.
UNWIND $ids AS id
OPTIONAL MATCH (:Assignment {id: id})-[r:SERVES|IN_FOCUS_AREA]->(t)
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {targetId: t.id, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes} END) AS links
