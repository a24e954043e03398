// Whether an agency has the id $agency: a question about an unknown agency is refused, never
// answered with zero.
RETURN EXISTS { MATCH (:Agency {id: $agency}) } AS exists
