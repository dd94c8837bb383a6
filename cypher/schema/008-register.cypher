// Lookup of agencies by organisation number (not unique: a group of courts shares Domstolsverket's).
CREATE INDEX agency_org_nr IF NOT EXISTS FOR (n:Agency) ON (n.orgNr);
