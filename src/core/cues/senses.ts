// Word senses that look like relationship cues but are not (DOMAIN.md "Word-sense traps"):
// alcohol withdrawal, social withdrawal as a symptom, a minimal response to medication,
// treatment-resistant depression, termination of a job or a pregnancy, a hospital discharge,
// ending a relationship, a video link that drops out or freezes. Read from a few words either
// side of the phrase.

export type WordSense = 'default' | 'substance' | 'symptom' | 'medication' | 'diagnosis' | 'employment' | 'pregnancy' | 'hospital' | 'relationship' | 'technical' | 'medical' | 'risk';

interface SenseRule {
  sense: WordSense;
  /** The phrase this rule can reinterpret. */
  word: RegExp;
  before?: RegExp;
  after?: RegExp;
}

const SUBSTANCE = String.raw`(?:alcohol|etoh|opioid|opiate|heroin|benzo\w*|benzodiazepine|nicotine|tobacco|caffeine|cannabis|marijuana|drug|substance|withdrawal|ssri|antidepressant|medication|meds|methadone|detox|physical|physiological)`;

const RULES: SenseRule[] = [
  { sense: 'substance', word: /withdraw/i, before: new RegExp(`${SUBSTANCE}[\\s-]*(?:\\w+\\s+)?$`, 'i') },
  { sense: 'substance', word: /withdraw/i, after: /^\s*(?:symptoms?|seizures?|syndrome|from (?:alcohol|opioids?|benzo\w*|nicotine|substances?|drugs?|medication|meds|\w+ (?:use|medication)))\b/i },
  { sense: 'symptom', word: /withdraw/i, before: /\b(?:social(?:ly)?|socially|emotional(?:ly)?|behavioural|behavioral)\s*$/i },
  { sense: 'symptom', word: /withdraw/i, after: /^\s*(?:from (?:friends|family|others|people|social|activities|hobbies|school|college|work|the world|peers|usual)|(?:affect|mood|presentation|demeanou?r)|and isolat)/i },
  { sense: 'symptom', word: /withdraw/i, before: /\b(?:affect|mood|presentation|appearance|demeanou?r|mse)\s*(?:was|is|:|-)?\s*(?:\w+\s+)?$/i },
  { sense: 'symptom', word: /withdr|shut|quiet|silent/i, after: /^[^.;]{0,40}\b(?:at home|at work|at school|in class|with (?:her|his|their) (?:partner|wife|husband|family|friends|parents|mother|father|mum|mom|dad|boss|manager|colleagues))\b/i },
  { sense: 'medication', word: /respon/i, after: /^\s*(?:to|on) (?:the )?(?:medication|meds|ssris?|snris?|antidepressants?|treatment trials?|trials?|lithium|augmentation|ect|tms|\w+ (?:mg|trial)|\w{6,}(?:ate|ine|one|pam|lam|ide|zole|xil|olol|pril|sartan|statin)\b)/i },
  // Withdrawing from a course, a race or an application: a decision about a commitment, not the client pulling away from therapy.
  { sense: 'employment', word: /withdr/i, after: /^\w*\s+(?:from|out of)\s+(?:(?:her|his|their|the|this|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:module|course|class|classes|programme|program|university|college|school|studies|degree|race|competition|tournament|application|claim|election|tender|bid|auction|team|squad)\b/i },
  // Withdrawing treatment, care, consent or an offer: a medical or legal decision, not the client pulling away.
  { sense: 'medical', word: /withdr/i, after: /^\w*\s+(?:of\s+)?(?:(?:her|his|their|the|all|active|life-sustaining|life-prolonging)\s+){0,2}(?:treatment|care|support|ventilation|feeding|dialysis|life support|consent|the offer|funding|benefits|charges?|the (?:application|claim|referral|complaint))\b/i },
  // The withdrawal of something (a drug, a sign-off, a place): something taken away, not a person pulling away; unless what is
  // withdrawn is the client's own engagement ("withdrawal of eye contact").
  { sense: 'medical', word: /^withdrawal$/i, after: /^\s+of\s+(?!(?:(?:her|his|their|all)\s+)?(?:eye contact|engagement|participation|effort|co-?operation|attention|interest|contact|warmth)\b)/i },
  // The mental state examination describes presentation ("MSE: guarded about eating"), not a move away from the therapist.
  { sense: 'symptom', word: /guard|reserv|reticen|evasiv|withhold|minimi|smil|laugh|quiet|flat|monoton|upbeat|bright|cheerful|even voice/i, before: /^\W*(?:(?:mental state|mental status(?: exam(?:ination)?)?|mse|presentation)\W*:|(?:mood|affect)\b)[^.]{0,100}$/i },
  // A technique's name, not the client pulling away ("detached mindfulness" in metacognitive therapy).
  { sense: 'technical', word: /detach/i, after: /^\w*\s+mindfulness\b/i },
  { sense: 'diagnosis', word: /resist/i, before: /(?:treatment|tx|drug|antibiotic)[\s-]*$/i },
  { sense: 'diagnosis', word: /resist/i, after: /^\s*(?:depression|mdd|schizophrenia|hypertension|bacteria|infection)\b/i },
  { sense: 'employment', word: /terminat|ended|ending|let go|fired/i, after: /^\s*(?:of|from)? ?(?:(?:her|his|their|the) )?(?:job|employment|contract|position|role|lease|tenancy)/i },
  { sense: 'employment', word: /terminat/i, before: /\b(?:job|employment|contract|position|was|got)\s*(?:was\s+)?$/i },
  { sense: 'pregnancy', word: /terminat/i, after: /^\s*(?:of )?(?:(?:a|the|her) )?pregnan/i },
  { sense: 'hospital', word: /discharg/i, after: /^\s*(?:from )?(?:(?:the|a) )?(?:hospital|ward|inpatient|unit|ed|er|a&e|icu|rehab|wound)/i },
  { sense: 'hospital', word: /discharg/i, before: /\b(?:hospital|inpatient|wound|nasal|vaginal|penile|ear)\s*$/i },
  { sense: 'relationship', word: /end|termin|finish/i, before: /\b(?:marriage|relationship|engagement|friendship|affair|partnership|tenancy|lease|contract|job|placement)(?:'s)?\s*$/i },
  { sense: 'relationship', word: /end|termin|finish/i, after: /^\s*(?:(?:the|a|her|his|their) )?(?:relationship|marriage|engagement|friendship|affair|things with)/i },
  // A risk assessment's plan is a plan to harm, not a therapy task: "nil plan/intent", "no plan or intent", "no plan to end her life".
  { sense: 'risk', word: /plan/i, after: /^\s*(?:\/\s*intent|or intent|(?:to|for) (?:harm|hurt|kill|suicide|end (?:her|his|their) life|act)|(?:of|for) (?:suicide|self-harm))/i },
  { sense: 'risk', word: /plan/i, before: /\b(?:SI|HI|suicid\w*|self-harm\w*|death wish|thoughts of (?:death|dying|suicide)|intent(?: or| and|\/))\W[^.;]{0,40}$/i },
];

// A telehealth link that fails: the video, the call or the connection drops out, cuts out, freezes
// or crashes. The device is the subject, not the client ("video dropped out twice" is no drop-out,
// no task dropped, no client frozen in the session).
const DEVICE = String.raw`(?:video|audio|sound|call|phone call|video call|line|phone line|connection|signal|reception|wi-?fi|internet|broadband|link|video link|screen|camera|mic|microphone|app|feed|stream|zoom|teams|platform|laptop|tablet)`;
const DEVICE_EVENT = new RegExp(
  String.raw`(\b${DEVICE}\s+(?:(?:briefly|repeatedly|twice|then|also|again|suddenly|just|once|intermittently|kept|keeps|would)\s+)*)(?:drop(?:ped|s|ping)?|cut(?:s|ting)?|froze|freezes|freezing|frozen|lag(?:ged|s|ging)?|glitch(?:ed|es|ing)?|crash(?:ed|es|ing)?|stall(?:ed|s|ing)?|disconnect(?:ed|s|ing)?|went (?:down|dead|off)|go(?:es)? (?:down|dead|off)|died|dies|fail(?:ed|s|ing)?|buffer(?:ed|s|ing)?)(?:\s+(?:out|off))?\b`,
  'gi',
);

/** A device or connection, not a person, does the phrase's verb ("the video dropped out"). */
function deviceEvent(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  DEVICE_EVENT.lastIndex = 0;
  const window = text.slice(from, Math.min(text.length, end + 20));
  // An exec loop, as matchAll would run it (no match is empty), without the copy of the expression matchAll makes.
  for (let m = DEVICE_EVENT.exec(window); m; m = DEVICE_EVENT.exec(window)) {
    const verbAt = from + m.index + m[1]!.length;
    const eventEnd = from + m.index + m[0].length;
    // The event's verb lies inside the phrase; its noun may stand just before it.
    if (verbAt < end && eventEnd > start) return true;
  }
  return false;
}

// Any rule's word, in one test: a phrase none of them occurs in (most phrases) needs no rule read.
// Every rule's word is a case-insensitive, unanchored, non-global test, so the union finds one exactly when some rule's word would.
if (RULES.some((rule) => rule.word.flags !== 'i' || /\\[1-9k]/.test(rule.word.source))) throw new Error('sense rules test their word case-insensitively, without flags besides i');
const ANY_RULE_WORD = new RegExp(RULES.map((rule) => `(?:${rule.word.source})`).join('|'), 'i');

/** The sense of the words [start, end) of a sentence, from the words around them. */
export function senseOf(text: string, start: number, end: number): WordSense {
  if (deviceEvent(text, start, end)) return 'technical';
  const phrase = text.slice(start, end);
  if (!ANY_RULE_WORD.test(phrase)) return 'default';
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  for (const rule of RULES) {
    if (!rule.word.test(phrase)) continue;
    if (rule.before && !rule.before.test(before)) continue;
    if (rule.after && !rule.after.test(after)) continue;
    return rule.sense;
  }
  return 'default';
}
