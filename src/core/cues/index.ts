import type { Note } from '../parse/note.js';
import type { Sentence } from '../parse/sentences.js';
import { sourceSpan } from '../parse/sentences.js';
import type { Span } from '../types.js';
import { analyseSentence, classify, type CueContext, type SentenceContext } from './context.js';
import { PhraseIndex, type PhraseMatch } from '../match/phrase-index.js';
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
  /**
   * A rupture marker or a task not done that no phrase matched, read in the whole sentence by the learned look (the options
   * `learnedMarkers` and `learnedTasks`): its finding says so, since the clinician has no listed words to check it against.
   */
  readByModel?: true;
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

/** A lexicon ready to run: its entries, and the phrase index that finds their matches. */
interface CompiledLexicon {
  entries: CompiledEntry[];
  index: PhraseIndex;
}

function indexLexicon(entries: CompiledEntry[]): CompiledLexicon {
  return { entries, index: new PhraseIndex(entries.map((entry) => entry.phrase)) };
}

// Built on first use, not when the module loads: a process that lints nothing (the CLI's main thread
// while its workers lint, `rapport rules`) never pays for it.
let builtIn: CompiledLexicon | undefined;
// Compiled once per config: the same lexicon object comes back for every note a config lints.
const compiledByConfig = new WeakMap<object, CompiledLexicon>();

function compiledLexicon(extra: Record<string, string[]>): CompiledLexicon {
  const kinds = Object.keys(extra ?? {});
  if (kinds.length === 0) return (builtIn ??= indexLexicon(BUILT_IN_LEXICON.map(compileEntry)));
  let compiled = compiledByConfig.get(extra);
  if (!compiled) {
    const added = kinds
      .filter((kind): kind is CueKind => (CUE_KINDS as readonly string[]).includes(kind))
      .flatMap((kind) => extra[kind]!.map((phrase) => compileEntry({ kind, pattern: phrasePattern(phrase), note: 'clinic lexicon (config)', aimed: true, clinic: true })));
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
    ctx = analyseSentence(sentence.text, { youIsClient: sentence.addressesClient === true });
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

/**
 * A cue whose context is classified on first read: rules that do not apply to the note never pay for it.
 * A class rather than an object literal with a getter (see SentenceAnalysis in context.ts): a getter made
 * anew for each cue keeps the cue's sentence alive past young-generation GCs.
 */
class LazyCue implements Cue {
  readonly kind: string;
  readonly span: Span;
  private classified: CueContext | undefined;

  constructor(
    readonly entry: CompiledEntry,
    readonly sentence: Sentence,
    readonly from: number,
    readonly to: number,
  ) {
    this.kind = entry.kind;
    this.span = sourceSpan(sentence, from, to);
  }

  get context(): CueContext {
    this.classified ??= classifyInSentence(this.sentence, this.from, this.to);
    return this.classified;
  }
}

/** Every lexicon match in the note, classified. One pass per sentence; linear in the note's length. */
export function analyseCues(note: Note, options: CueOptions): Cues {
  const lexicon = compiledLexicon(options.lexicon);
  const all: Cue[] = [];
  const matches: PhraseMatch[] = [];
  for (const sentence of note.sentences) {
    matches.length = 0;
    // Cues come out in lexicon order, then in order of position.
    for (const m of lexicon.index.matches(matchable(sentence.text), matches)) all.push(new LazyCue(lexicon.entries[m.pattern]!, sentence, m.from, m.to));
  }
  const byKind = new Map<string, Cue[]>();
  for (const cue of all) {
    const list = byKind.get(cue.kind);
    if (list) list.push(cue);
    else byKind.set(cue.kind, [cue]);
  }
  return { all, of: (kind) => byKind.get(kind) ?? [] };
}
