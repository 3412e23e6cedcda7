import type { Note } from '../parse/note.js';
import type { Sentence } from '../parse/sentences.js';
import { sourceSpan } from '../parse/sentences.js';
import type { Span } from '../types.js';
import { analyseSentence, classify, type CueContext, type SentenceContext } from './context.js';
import { compileEntry, CUE_KINDS, phrasePattern, type CompiledEntry, type CueKind, type LexiconEntry } from './lexicon.js';
import { clientContext } from './lexicons/client-context.js';
import { confrontationMarkers } from './lexicons/confrontation.js';
import { endingActions, endingReasons } from './lexicons/ending.js';
import { clientFeedback } from './lexicons/feedback.js';
import { ruptureFollowups } from './lexicons/followup.js';
import { collaborativeGoals, goalStatements, therapistOnlyGoals } from './lexicons/goals.js';
import { barrierExplored, nonadherence, taskAdjusted } from './lexicons/nonadherence.js';
import { repairSteps } from './lexicons/repair.js';
import { therapistReactions, therapistReflections } from './lexicons/therapist-reaction.js';
import { withdrawalMarkers } from './lexicons/withdrawal.js';

export { CUE_KINDS, TERMINATION_ACTIONS, type CueKind, type TerminationAction, type LexiconEntry } from './lexicon.js';

/**
 * A lexicon match in one sentence, classified the way ConText does (DOMAIN.md §7): negated or
 * affirmed, current/historical/hypothetical, who acts, what it is aimed at, quoted or not.
 */
export interface Cue {
  kind: string;
  /** Source offsets of the matched words. */
  span: Span;
  sentence: Sentence;
  /** Offsets of the match within the sentence's text. */
  from: number;
  to: number;
  context: CueContext;
  /** The lexicon entry that matched (its flags and its source note). */
  entry?: LexiconEntry;
}

export interface Cues {
  all: readonly Cue[];
  of(kind: string): readonly Cue[];
}

export interface CueOptions {
  /** Phrases a clinic adds per cue kind (config `lexicon`). */
  lexicon: Record<string, string[]>;
}

/** The built-in lexicons, one module per cue kind. */
export const BUILT_IN_LEXICON: readonly LexiconEntry[] = [
  ...withdrawalMarkers,
  ...confrontationMarkers,
  ...repairSteps,
  ...ruptureFollowups,
  ...nonadherence,
  ...barrierExplored,
  ...taskAdjusted,
  ...clientFeedback,
  ...goalStatements,
  ...collaborativeGoals,
  ...therapistOnlyGoals,
  ...clientContext,
  ...therapistReactions,
  ...therapistReflections,
  ...endingActions,
  ...endingReasons,
];

/**
 * A lexicon ready to run: its entries, and an index from the first letters of the words a match must
 * start with to the entries that need them, so a sentence only tries the entries its words allow.
 */
interface CompiledLexicon {
  /** Entries with no known start word: tried on every sentence. */
  always: CompiledEntry[];
  byStart: Map<string, CompiledEntry[]>;
  /** Entry order, so cues come out in lexicon order whatever the index returns. */
  order: Map<CompiledEntry, number>;
}

const KEY = 3;

function indexLexicon(entries: CompiledEntry[]): CompiledLexicon {
  const always: CompiledEntry[] = [];
  const byStart = new Map<string, CompiledEntry[]>();
  const order = new Map<CompiledEntry, number>();
  entries.forEach((entry, i) => {
    order.set(entry, i);
    if (!entry.stems) {
      always.push(entry);
      return;
    }
    // Keyed by the first word's first letters, as the sentence's words are.
    for (const key of new Set(entry.stems.map((stem) => stem.split(/[\s]/)[0]!.slice(0, KEY)))) {
      const list = byStart.get(key) ?? [];
      list.push(entry);
      byStart.set(key, list);
    }
  });
  return { always, byStart, order };
}

/** The entries a sentence's words could start a match of, in lexicon order. */
function candidates(lexicon: CompiledLexicon, lower: string): CompiledEntry[] {
  const found = new Set<CompiledEntry>(lexicon.always);
  for (const m of lower.matchAll(/[\p{L}\p{N}'/][\p{L}\p{N}'/-]*/gu)) {
    const word = m[0];
    for (const key of [word.slice(0, 1), word.slice(0, 2), word.slice(0, KEY)]) {
      const list = lexicon.byStart.get(key);
      if (list) for (const entry of list) found.add(entry);
    }
  }
  return [...found].sort((a, b) => lexicon.order.get(a)! - lexicon.order.get(b)!);
}

const builtIn = indexLexicon(BUILT_IN_LEXICON.map(compileEntry));
// Compiled once per config: the same lexicon object comes back for every note a config lints.
const compiledByConfig = new WeakMap<object, CompiledLexicon>();

function compiledLexicon(extra: Record<string, string[]>): CompiledLexicon {
  const kinds = Object.keys(extra ?? {});
  if (kinds.length === 0) return builtIn;
  let compiled = compiledByConfig.get(extra);
  if (!compiled) {
    const added = kinds
      .filter((kind): kind is CueKind => (CUE_KINDS as readonly string[]).includes(kind))
      .flatMap((kind) => extra[kind]!.map((phrase) => compileEntry({ kind, pattern: phrasePattern(phrase), note: 'clinic lexicon (config)', aimed: true })));
    compiled = indexLexicon([...BUILT_IN_LEXICON.map(compileEntry), ...added]);
    compiledByConfig.set(extra, compiled);
  }
  return compiled;
}

const sentenceContexts = new WeakMap<Sentence, SentenceContext>();

/** The ConText analysis of a sentence, computed once however many rules ask. */
export function contextOf(sentence: Sentence): SentenceContext {
  let ctx = sentenceContexts.get(sentence);
  if (!ctx) {
    ctx = analyseSentence(sentence.text);
    sentenceContexts.set(sentence, ctx);
  }
  return ctx;
}

/** Classifies words [from, to) of a sentence's text. */
export function classifyInSentence(sentence: Sentence, from: number, to: number): CueContext {
  return classify(contextOf(sentence), from, to);
}

// Double quotes become spaces (same length, so offsets hold) so a phrase can run across the edge
// of a quotation; curly apostrophes become straight ones so "didn’t" matches "didn't".
function matchable(text: string): string {
  return text.replace(/["“”„]/g, ' ').replace(/[‘’]/g, "'");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A cue whose context is classified on first read: rules that do not apply to the note never pay for it. */
function lazyCue(entry: CompiledEntry, sentence: Sentence, from: number, to: number): Cue {
  let context: CueContext | undefined;
  return {
    kind: entry.kind,
    span: sourceSpan(sentence, from, to),
    sentence,
    from,
    to,
    entry,
    get context() {
      context ??= classifyInSentence(sentence, from, to);
      return context;
    },
  };
}

/** Every lexicon match in the note, classified. One pass per sentence; linear in the note's length. */
export function analyseCues(note: Note, options: CueOptions): Cues {
  const lexicon = compiledLexicon(options.lexicon);
  const all: Cue[] = [];
  for (const sentence of note.sentences) {
    const text = matchable(sentence.text);
    const lower = text.toLowerCase();
    for (const entry of candidates(lexicon, lower)) {
      if (entry.stems && !entry.stems.some((stem) => lower.includes(stem))) continue;
      if (entry.gate && !entry.gate.test(text)) continue;
      const scan = entry.scan;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const from = m.index;
        const to = from + m[0].length;
        // A match must start a word; one inside a word is retried from the next character.
        if (to === from || (from > 0 && WORD_CHAR.test(text[from - 1]!))) {
          scan.lastIndex = from + 1;
          continue;
        }
        all.push(lazyCue(entry, sentence, from, to));
      }
    }
  }
  const byKind = new Map<string, Cue[]>();
  for (const cue of all) {
    const list = byKind.get(cue.kind);
    if (list) list.push(cue);
    else byKind.set(cue.kind, [cue]);
  }
  return { all, of: (kind) => byKind.get(kind) ?? [] };
}
