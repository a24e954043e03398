// Every conviction's id: when what every placement derives from changes (an agency, a
// statute or a category), all of them are placed again.
MATCH (c:Conviction)
RETURN collect(c.id) AS ids
