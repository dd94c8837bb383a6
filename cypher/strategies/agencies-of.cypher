// Every agency taking part (any role) in an assignment under each strategy or its children.
UNWIND $ids AS id
OPTIONAL MATCH (a:Agency)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: id})
WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
WITH DISTINCT id, a ORDER BY a.sortName, a.id
RETURN id, collect(a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}) AS agencies
