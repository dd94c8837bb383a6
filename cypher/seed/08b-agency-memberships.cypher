// An actor that is one of a group actor's bodies, or part of a larger one (a ministry of
// Regeringskansliet, folk high schools of adult education): explicit, so overlapping actors are
// not unrelated strangers. The reason says why; the sources are the passages naming them.
UNWIND $rows AS row
MATCH (m:Agency {id: row.memberId}), (g:Agency {id: row.groupId})
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.origin = 'seed', r.reason = row.reason, r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
