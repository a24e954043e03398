import { Parser } from "htmlparser2";

/** Elements after which a release's text breaks: its paragraphs and list items stay apart. */
const blocks = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article"]);

/**
 * A release body's HTML as plain text: entities decoded, scripts and styles dropped, runs of
 * white space made one space, and a blank line after each block, so that offsets into the text
 * are what the spans quote.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "script" || name === "style") skipping += 1;
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
      onclosetag(name) {
        if (name === "script" || name === "style") skipping -= 1;
        else if (blocks.has(name)) parts.push("\n\n");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}
