// HSI convictions since 2023, as the API counts them
//
// What convictionTally(since, until, agency) counts as convictionsInWindow: convictions from
// investigations led by the agency or one of its field offices, whose whole date falls inside
// the window, and that a source (not retracted) states. A date known only to the month or year
// counts when that whole month or year is inside; undated convictions are left out (the API
// lists them as "not placeable"). The dates are the ones stored on each conviction when it was
// imported (docs/model.md), so this query and the API cannot disagree.
// Each conviction is drawn with its defendant, case, lead agency and the sources that state it.
//
// Parameters, with the defaults (Browser keeps them for the session; change them to ask
// another question, then run this again):
//   :param since => '2023-01-01'    the window's first day
//   :param until => null            its last day; null leaves the window open
//   :param agency => 'hsi'          an agency id, such as 'hsi' or 'hsi-houston'
MATCH (c:Conviction)
WHERE c.supported
  AND $agency IN c.leadLineage
  AND c.placedFrom >= date($since)
  AND c.placedTo <= coalesce(date($until), date('9999-12-31'))
MATCH path = (c)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(:Agency)-[:PART_OF*0..]->(:Agency {id: $agency})
OPTIONAL MATCH cited = (c)-[:CITES]->(:Source)
RETURN path, collect(cited) AS citations
