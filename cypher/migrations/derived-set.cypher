// Only the derived properties that differ from what they should be (a null removes one).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
