/** Operations the playground opens with, one tab each; the first is the seed question. */
export const examples = [
  {
    query: `# How many HSI child-trafficking cases since 2023 led to federal convictions, and on what charges?
# A documented lower bound, by offence family (each conviction once), with what cannot be
# placed in time, where HSI was only a partner, what is pending, and why agency statistics
# do not answer it.
query SeedQuestion {
  convictionTally(since: "2023-01-01", agency: "hsi") {
    convictionsInWindow
    byFamily { family { name childSexualExploitation } convictions inferred }
    lowerBound
    rule
    cases
    districts
    notPlaceableCount
    partnerOnlyCount
    pendingChargeCount
    inWindow(first: 20) {
      edges {
        node {
          defendant
          date { text precision }
          datedBy
          family { name }
          sentence { prison { kind months } }
          charges { description statute { section } statuteBasis victimAge categories { name } }
          case { title district leadAgency { path } }
          citations { locator source { title url } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
    notPlaceable { edges { node { defendant status case { leadAgency { name } } } } }
    pendingCharges { edges { node { description stage statute { section } } } }
    byStatute { statute { section } convictions inferred }
    statistics { statement caveats discrepancies }
  }
}`,
  },
  {
    query: `# A conviction's whole case, from the investigation down to the sentence, every node sourced.
query ConvictionProvenance {
  provenance(id: "conv-sdtx-santos-moya") {
    focus
    investigation {
      title
      leadAgency { path }
      partnerAgencies { name }
      citations { locator source { title url } }
      prosecutions {
        title
        district
        defendants {
          name
          charges { description stage statute { section } statuteBasis citations { locator source { title } } }
          convictions {
            method
            date { text precision }
            chargeIds
            sentences { prison { kind months } citations { locator source { title } } }
          }
        }
      }
    }
  }
}`,
  },
  {
    query: `# Everything a source supports, and what would lose all support if it were retracted.
query SourceImpact {
  sourceImpact(id: "src-factually-ice-hsi-convictions-since-2023") {
    source { title url }
    wouldLoseAllSupport
    supports { label summary soleSupport }
  }
}`,
  },
  {
    query: `# The figures published answers quote, with what the primary sources say.
query FactCheckFigures {
  claims(claimant: "src-factually-ice-hsi-convictions-since-2023") {
    statement
    caveats
    discrepancies
    restates { statement citations { source { title url } } }
  }
}`,
  },
];
