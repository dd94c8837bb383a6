// Labels come from the file only after src/neo4j/backup.ts checked them against KNOWN_LABELS;
// dynamic labels are passed as parameters, never spliced into the query text.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN row.key AS key, elementId(n) AS id
