import type { Note } from '../parse/note.js';
import type { Sentence } from '../parse/sentences.js';
import type { Span } from '../types.js';
import { analyseSentence, classify, type CueContext, type SentenceContext } from './context.js';

/**
 * A lexicon match in one sentence, classified the way ConText does (DOMAIN.md §7). The lexicons
 * (one module per cue kind) and the rules that read them are the relationship-rules work; this
 * module is the shared shape and the per-sentence context cache.
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
}

export interface Cues {
  all: readonly Cue[];
  of(kind: string): readonly Cue[];
}

export interface CueOptions {
  /** Phrases a clinic adds per cue kind (config `lexicon`). */
  lexicon: Record<string, string[]>;
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

export function analyseCues(_note: Note, _options: CueOptions): Cues {
  // No lexicons are registered yet: the relationship rules bring them.
  const all: Cue[] = [];
  return { all, of: (kind) => all.filter((cue) => cue.kind === kind) };
}
