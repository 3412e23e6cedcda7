// Whom a note's "you" means. Most notes speak of the client in the third person, and an unquoted
// "you" is rare (the client's words to the therapist are quoted). Some clinicians write the whole
// note, or a closing letter, to the client ("You said the bus felt like a test, and went quiet"):
// there "you" is the client. A note is read that way when "you" is the subject of more sentences,
// outside quotation marks, than the client's third-person names are, and of at least two.
import { findQuotes, isInsideQuote } from './quotes.js';

const YOU_SUBJECT = /(?:^|[.;:!?,]\s+|\b(?:and|then|when|as|but|so|that|if)\s+)(you(?:'ve|'re|'d|'ll|’ve|’re|’d|’ll)?)\s+[a-z]/gi;
const THIRD_PERSON_SUBJECT = /(?:^|[.;:!?,]\s+|\b(?:and|then|when|as|but|so|that|if)\s+)(she|he|they|pt|cl|clt|client|patient)\s+[a-z]/gi;

function unquotedSubject(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return false;
  pattern.lastIndex = 0; // matchAll starts where test() left off
  const quotes = findQuotes(text);
  for (const m of text.matchAll(pattern)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (!isInsideQuote(quotes, at, at + m[1]!.length)) return true;
  }
  return false;
}

/** Whether a note is written to the client, so that its unquoted "you" is the client. */
export function addressesTheClient(texts: readonly string[]): boolean {
  // Most notes never say "you" outside a quotation: they cost one cheap test per sentence.
  let you = 0;
  for (const text of texts) if (/\byou/i.test(text) && unquotedSubject(YOU_SUBJECT, text)) you++;
  if (you < 2) return false;
  let third = 0;
  for (const text of texts) if (unquotedSubject(THIRD_PERSON_SUBJECT, text)) third++;
  return you > third;
}
