// Quoted words in a sentence: the client's or someone else's, never the clinician's own voice.
// Straight and curly double quotes always quote; single quotes only when they cannot be an
// apostrophe (don't, the client's, '90s).

export interface Quote {
  /** Offsets into the sentence or block text, quote marks included. */
  start: number;
  end: number;
}

const OPEN_DOUBLE = new Set(['"', '“', '„']);
const CLOSE_FOR: Record<string, string[]> = { '"': ['"'], '“': ['”', '"'], '„': ['“', '"'], "'": ["'"], '‘': ['’', "'"] };

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const single = ch === "'" || ch === '‘';
    const opens = OPEN_DOUBLE.has(ch) || (single && !isWordChar(text[i - 1]) && isWordChar(text[i + 1]));
    if (!opens) {
      i++;
      continue;
    }
    const closers = CLOSE_FOR[ch] ?? ['"'];
    let j = i + 1;
    let end = -1;
    while (j < text.length) {
      const c = text[j]!;
      // A single quote closes only where it is not an apostrophe inside a word ("she's").
      if (closers.includes(c) && (!single || !isWordChar(text[j + 1]))) {
        end = j + 1;
        break;
      }
      j++;
    }
    if (end === -1) {
      // An unclosed double quote runs to the end of the text; an unclosed single one was an apostrophe.
      if (!single) quotes.push({ start: i, end: text.length });
      i++;
      continue;
    }
    quotes.push({ start: i, end });
    i = end;
  }
  return quotes;
}

export function isInsideQuote(quotes: readonly Quote[], start: number, end: number): boolean {
  return quotes.some((q) => start >= q.start && end <= q.end);
}
