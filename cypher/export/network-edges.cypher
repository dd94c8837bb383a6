// Pairs of agencies sharing assignments as ASSIGNEE/COORDINATOR (as Agency.collaborators counts
// them), once per pair, with the shared assignments and the documents stating the participations.
MATCH (a:Agency)-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
WHERE a.id < b.id
  AND r1.role IN ['ASSIGNEE', 'COORDINATOR'] AND r2.role IN ['ASSIGNEE', 'COORDINATOR']
  AND NOT coalesce(a.retired, false) AND NOT coalesce(b.retired, false) AND NOT coalesce(x.retired, false)
  AND ($strategyId IS NULL OR EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH a, b, x, coalesce(r1.sourceDocs, []) + coalesce(r2.sourceDocs, []) AS docs
ORDER BY x.id
WITH a, b, collect(DISTINCT x.id) AS shared, collect(docs) AS docLists
RETURN a.id AS source, b.id AS target, size(shared) AS weight, shared,
  reduce(acc = [], d IN reduce(all = [], l IN docLists | all + l) | CASE WHEN d IN acc THEN acc ELSE acc + d END) AS sourceDocs
ORDER BY source, target
LIMIT $limit
