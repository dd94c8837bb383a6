// Flows financing each strategy (or a strategy under it) directly, or through an assignment under it.
UNWIND $ids AS id
OPTIONAL MATCH (f:FundingFlow)-[:FINANCES]->(t)
WHERE NOT coalesce(f.retired, false) AND (
  EXISTS { MATCH (t:Strategy)-[:PART_OF*0..6]->(:Strategy {id: id}) } OR
  EXISTS { MATCH (t:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: id}) })
WITH DISTINCT id, f ORDER BY f.year, f.id
RETURN id, collect(f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}) AS flows
