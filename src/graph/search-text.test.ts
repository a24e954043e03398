import { describe, expect, it } from "vitest";
import { SearchTextError } from "../errors.ts";
import { fulltextQueryFor, maxSearchTextLength } from "./search-text.ts";

describe("fulltextQueryFor: every word a quoted phrase, nothing else Lucene syntax", () => {
  it.each([
    ["AND", '"AND"'],
    ["a AND b OR NOT c", '"a" "AND" "b" "OR" "NOT" "c"'],
    ['"Synthetic', '"\\"Synthetic"'],
    ["back\\slash", '"back\\\\slash"'],
    ["trailing\\", '"trailing\\\\"'],
    ['say "hi"', '"say" "\\"hi\\""'],
    ["name:AND title:* [a TO b] {x} (y) z~2 w^3 +v -u !t && || /re/ q?", '"name:AND" "title:*" "[a" "TO" "b]" "{x}" "(y)" "z~2" "w^3" "+v" "-u" "!t" "&&" "||" "/re/" "q?"'],
    ["  spaced\tout\n words  ", '"spaced" "out" "words"'],
    ["non\u00a0breaking\u3000space", '"non" "breaking" "space"'],
    ["Café 東京 ٣", '"Café" "東京" "٣"'],
  ])("%j becomes %s", (text, query) => {
    expect(fulltextQueryFor(text)).toBe(query);
  });

  it.each(["", "   ", "***", '"', "\\", "&& || !", "-- ++ ~~", "😀", "_"])("refuses %j: no letter or digit", (text) => {
    expect(() => fulltextQueryFor(text)).toThrow(new SearchTextError("The search text has no letter or digit, so it holds no word to search for."));
  });

  it("takes 500 characters, counted as code points, and refuses 501", () => {
    expect(fulltextQueryFor("a".repeat(maxSearchTextLength))).toBe(`"${"a".repeat(500)}"`);
    // 500 emoji are 1000 UTF-16 units but 500 characters.
    expect(fulltextQueryFor(`x${"😀".repeat(499)}`)).toBe(`"x${"😀".repeat(499)}"`);
    expect(() => fulltextQueryFor("a".repeat(501))).toThrow(new SearchTextError("The search text is 501 characters long; a search takes at most 500."));
  });
});
