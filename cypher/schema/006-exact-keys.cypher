// Exact-match search (a name, abbreviation or diary number typed in full) finds entities by a
// '|'-delimited bag of their folded keys: a text index answers CONTAINS '|key|' without scanning
// every entity, which `$key IN n.exactKeys` (a list, which no index serves) had to do. The bag
// itself is written by src/domain/derived.ts (and backfilled by the derived-properties migration).
CREATE TEXT INDEX entity_exact_keys IF NOT EXISTS FOR (n:Entity) ON (n.exactKeyBag);
