CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (n:Agency) RETURN count(n) AS agencies }
CALL () { MATCH (n:Assignment) RETURN count(n) AS assignments }
CALL () { MATCH (n:FundingFlow) RETURN count(n) AS fundingFlows }
RETURN nodes, relationships, agencies, assignments, fundingFlows
