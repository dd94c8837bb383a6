// Money passed on: the incoming flow PASSED_ON_AS the onward flow, with the quote that says so.
// The loader has checked payer, years and amounts (src/seed/money.ts); a trace follows only these.
UNWIND $rows AS row
MATCH (i:FundingFlow {id: row.incomingId})
MATCH (o:FundingFlow {id: row.onwardId})
MERGE (i)-[r:PASSED_ON_AS]->(o)
SET r.origin = 'seed', r.sourceDocs = row.sourceDocs, r.sourceQuotes = row.sourceQuotes
