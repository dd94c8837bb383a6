// Participants of many assignments in one round trip, coordinator first, then by name.
UNWIND $ids AS id
OPTIONAL MATCH (a:Agency)-[r:PARTICIPATES_IN]->(:Assignment {id: id})
WHERE NOT coalesce(a.retired, false)
WITH id, a, r
ORDER BY CASE r.role WHEN 'COORDINATOR' THEN 0 WHEN 'ASSIGNEE' THEN 1 WHEN 'CONSULTED' THEN 2 ELSE 3 END, a.sortName, a.id
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {agency: a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}, role: r.role, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes} END) AS participants
