// An entity merged from two records keeps the retired id as an alias ('|'-delimited aliasBag), so
// an old link still finds it: a text index answers CONTAINS '|id|' (src/graphql/relations.ts looks
// aliases up only for ids that are not found directly).
CREATE TEXT INDEX entity_alias_bag IF NOT EXISTS FOR (n:Entity) ON (n.aliasBag);
