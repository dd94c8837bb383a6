// Audit trail, newest first, keyset on (at, id) descending.
MATCH (c:Change)
WHERE ($entityId IS NULL OR c.entityId = $entityId)
  AND ($since IS NULL OR c.at >= datetime($since))
WITH c ORDER BY c.at DESC, c.id DESC
WITH collect(c) AS matched
RETURN size(matched) AS totalCount,
  [c IN matched WHERE $afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId)
    | {id: c.id, at: toString(c.at), keyId: c.keyId, requestId: c.requestId, operation: c.operation, entityId: c.entityId, before: c.before, after: c.after}][..$limit] AS page
