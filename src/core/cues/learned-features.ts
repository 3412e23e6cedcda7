// The words a learned second look reads in a sentence: lower-case words, numbers as one token, quotation
// marks and slashes (a rating "7/10", the client's quoted words), each word and each pair of neighbours,
// and the template section the sentence sits in (a check-back is written in the Plan). Shared by the
// training script and the linter, so both read a sentence the same way.

const TOKEN = /[\p{L}]+(?:['’][\p{L}]+)*|\d+|["“”/]/gu;

/** The tokens of a sentence, in order. */
export function tokensOf(text: string): string[] {
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
