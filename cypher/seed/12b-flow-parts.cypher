// A part stated apart from its whole: listed with the whole, never summed a second time.
UNWIND $rows AS row
MATCH (p:FundingFlow {id: row.partId})
MATCH (w:FundingFlow {id: row.wholeId})
MERGE (p)-[r:SHARE_OF]->(w)
SET r.origin = 'seed', r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
