// Every conviction's and every charge's id: when what every placement derives from changes
// (an agency, a statute or a category), all of them are placed again.
RETURN COLLECT { MATCH (c:Conviction) RETURN c.id } AS convictions,
       COLLECT { MATCH (ch:Charge) RETURN ch.id } AS charges
