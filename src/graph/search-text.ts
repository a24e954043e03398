import { SearchTextError } from "../errors.ts";

/**
 * The longest text a search takes, in characters. Lucene refuses a query of more than 1024
 * clauses, and each word is one clause per indexed property (name, title): 500 characters
 * hold at most 250 words, well inside that, and more than any name or title.
 */
export const maxSearchTextLength = 500;

/**
 * The fulltext query for what a user typed: every word searched as a plain word, never as
 * Lucene syntax. Each whitespace-separated word goes in as a quoted phrase, in which the
 * parser reads only `"` and `\` (escaped here): AND, OR, NOT, `*`, `~`, `:`, brackets and the
 * rest are text. The index's analyzer then splits a phrase as it split the names, so
 * "foo-bar" matches "foo" followed by "bar". Phrases are joined by spaces, Lucene's OR: a
 * name matches when it holds any of the words, and holding more ranks it higher.
 *
 * Throws SearchTextError for a text with no letter or digit (the analyzer would keep nothing
 * of it, and an empty answer would look like "no match") and for one over the length limit.
 */
export function fulltextQueryFor(text: string): string {
  const length = [...text].length;
  if (length > maxSearchTextLength) {
    throw new SearchTextError(`The search text is ${length} characters long; a search takes at most ${maxSearchTextLength}.`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new SearchTextError("The search text has no letter or digit, so it holds no word to search for.");
  }
  return text
    .split(/\s+/u)
    .filter((word) => word !== "")
    .map((word) => `"${word.replace(/["\\]/g, "\\$&")}"`)
    .join(" ");
}
