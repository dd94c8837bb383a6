// A restore replaces the whole graph (in the restore's transaction: a failed restore changes nothing).
MATCH (n) DETACH DELETE n
