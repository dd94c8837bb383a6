// Undoes 002's relationship index on PARTICIPATES_IN(role). With it, the planner answered
// MERGE (agency)-[:PARTICIPATES_IN {role: …}]->(assignment) (the import's 09-participants, the
// edits' set-participant) by seeking every participation with that role and only then checking its
// two ends: quadratic in the graph's size (PROFILE at 30×: 792,320 index entries read for a batch of
// 500 rows). Without it the MERGE expands between the two matched nodes. No read needs it: every
// query that tests a role starts from a node and expands.
DROP INDEX participates_role IF EXISTS;
