// The words a learned second look reads in a sentence: lower-case words, numbers as one token, quotation
// marks and slashes (a rating "7/10", the client's quoted words), each word and each pair of neighbours,
// and the template section the sentence sits in (a check-back is written in the Plan). Shared by the
// training script and the linter, so both read a sentence the same way.
import { findQuotes } from '../parse/quotes.js';

const TOKEN = /[\p{L}]+(?:['’][\p{L}]+)*|\d+|["“”/]/gu;

/**
 * The text with the single quotation marks that open and close quoted words ('a waste of time', ‘you don’t get it’) written as
 * double ones, so the look reads a quotation the same in either style: the sets it learned from quote in double marks, and many
 * clinicians write single ones. Apostrophes stay as they are (findQuotes tells them apart).
 */
function withDoubleQuotes(text: string): string {
  if (!/['‘’]/.test(text)) return text;
  let out = text;
  for (const { start, end } of findQuotes(text)) {
    if (text[start] === "'" || text[start] === '‘') out = `${out.slice(0, start)}"${out.slice(start + 1)}`;
    if (text[end - 1] === "'" || text[end - 1] === '’') out = `${out.slice(0, end - 1)}"${out.slice(end)}`;
  }
  return out;
}

/** The tokens of a sentence, in order. */
export function tokensOf(sentence: string): string[] {
  const text = withDoubleQuotes(sentence);
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push('#');
    else if (t === '“' || t === '”') out.push('"');
    else out.push(t.toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

/** Unigrams, bigrams and the section, as feature names. */
export function featuresOf(text: string, section: string | null): string[] {
  const tokens = tokensOf(text);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    out.add(tokens[i]!);
    if (i > 0) out.add(`${tokens[i - 1]} ${tokens[i]}`);
  }
  out.add(`§${section ? section.toLowerCase() : 'none'}`);
  return [...out];
}
