// Exact-match search (a name, abbreviation or diary number typed in full) finds entities by a
// '|'-delimited bag of their folded keys: a text index answers CONTAINS '|key|' without scanning
// every entity, which `$key IN n.exactKeys` (a list, which no index serves) had to do.
CREATE TEXT INDEX entity_exact_keys IF NOT EXISTS FOR (n:Entity) ON (n.exactKeyBag);
MATCH (n:Entity) WHERE n.exactKeys IS NOT NULL
SET n.exactKeyBag = reduce(s = '|', k IN n.exactKeys | s + k + '|');
