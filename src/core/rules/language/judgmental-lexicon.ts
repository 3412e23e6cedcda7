// Stigmatizing labels and their neutral alternatives (DOMAIN.md §8), as data in the manner of
// retext-equality: each entry names the label, the forms it takes, what to write instead, why,
// and where that comes from. The rule decides whether a match is the clinician labelling the
// client; the entry only says where a word has another sense.

/** Which message a label gets. */
export type LabelKind = 'label' | 'doubt' | 'substance' | 'personFirst' | 'verdict';

/**
 * Where a match counts:
 * - `any`: wherever the clinician writes it about the client;
 * - `person`: only when it describes a person ("difficult client", "Cl. was difficult"), not a
 *   thing or a task ("a difficult week", "difficult to talk about");
 * - `verb`: only as the client's act, so a subject other than the client ("Mom claims") is not it.
 */
export type LabelSense = 'any' | 'person' | 'verb';

export interface LabelForm {
  /** Regular expression source for one form, matched case-insensitively as whole words. */
  pattern: string;
  /** Words that can replace exactly this form in the sentence (none for a verdict best left out). */
  alternatives: string[];
}

export interface JudgmentalLabel {
  /** Our list's word for the label; the only word of a finding's message that names it. */
  label: string;
  kind: LabelKind;
  sense: LabelSense;
  forms: LabelForm[];
  /** Text just before a match (tested at its end) that gives the word another sense. */
  notAfter?: RegExp;
  /** Text just after a match (tested at its start) that gives the word another sense. */
  notBefore?: RegExp;
  /** Said only of the client: a word for the client's part in their own care, which a parent missing some other meeting is not. */
  clientOnly?: true;
  /** Why the label harms the record, in one sentence. */
  note: string;
  /** Source keys in DOMAIN.md. */
  source: string[];
}

// What "resist" has to be aimed at to be a label: the therapy and its tasks.
const THERAPY_OBJECT =
  '(?=\\s+(?:(?:the|my|our|any|all|further|every|his|her|their|this|these|doing|completing|starting|trying|engaging in|attending|written|weekly|daily|new|agreed)\\s+){0,2}' +
  '(?:homework|hw|assignments?|exposures?|erp|exercises?|tasks?|plan|interventions?|suggestions?|feedback|reframes?|interpretations?|worksheets?|treatment|therapy|change|session|sessions|skills?|directions?|structure|redirection|limits?|goals?|diary|diaries|logs?|thought records?|the work|medications?|meds)\\b)';

// "Histrionic" and "dramatic" say one thing, distress read as performance; they differ only in where the word can mean something else.
const DISTRESS_AS_PERFORMANCE = {
  alternatives: ['visibly distressed', 'expressive'],
  note: 'Portrays the client\'s distress as performance; describe what the client said and did, and what it was about.',
};

export const JUDGMENTAL_LABELS: readonly JudgmentalLabel[] = [
  {
    label: 'non-compliant',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'non[- ]?compliant', alternatives: ['having difficulty with', 'not yet following'] },
      { pattern: 'non[- ]?compliance|poor compliance', alternatives: ['difficulty with', 'not following'] },
    ],
    notAfter: /\b(?:hipaa|regulatory|policy|billing|documentation|form|forms)\s+$/i,
    note: 'Blames the client and hides the barrier; say what was not done and the reason the client gives (cost, side effects, fit).',
    source: ['FE21', 'CLO'],
  },
  {
    label: 'non-adherent',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'non[- ]?adherent', alternatives: ['having difficulty with', 'not yet following'] },
      { pattern: 'non[- ]?adherence|poor adherence', alternatives: ['difficulty with', 'not following'] },
    ],
    note: 'Blames the client and hides the barrier; describe what was not done and why.',
    source: ['FE21', 'CLO'],
  },
  {
    label: 'refused',
    kind: 'label',
    sense: 'verb',
    forms: [
      { pattern: 'refused', alternatives: ['declined', 'chose not'] },
      { pattern: 'refuses', alternatives: ['declines', 'chooses not'] },
      { pattern: 'refusing', alternatives: ['declining', 'choosing not'] },
      { pattern: 'refuse', alternatives: ['decline', 'choose not'] },
      { pattern: 'refusal', alternatives: ['decision to decline', 'choice to decline'] },
    ],
    // School and food refusal are clinical terms; a right to refuse is the client's, not a label;
    // an assertive (polite, firm…) refusal is a skill the client is learning: saying no; and a refusal of something the client
    // applied for ("asylum claim refused", "mandatory reconsideration refused") is someone else's decision.
    notAfter: /\b(?:school|food|meal|informed|right to|free to|may|can|could|application|claim|appeal|grant|visa|asylum|permit|licen[cs]e|deferral|reconsideration|request|transfer|extension|mortgage|loan|benefits?|planning|embassy|council|insurer|insurance|learn(?:s|ed|ing)? to|practi[cs](?:e|es|ed|ing) (?:a |an |one )?|rehears(?:e|es|ed|ing) (?:a |an |one )?|(?:assertive|polite|firm|clear|calm|confident|kind|gentle|respectful|healthy|graceful|direct|simple)(?:ly)?)\s+$/i,
    // "Refuse" the noun is rubbish: a refuse lorry, collector or tip is a job or a place. Refusing what has nothing to do with
    // care (to sell her land, to lend him money, to go back to him) is the client's own choice reported, not a label.
    // Refusal skills (drink and drug refusal training, refusal lines) are a technique the client practises, not a label; a refusal
    // letter, decision or notice is a document.
    notBefore: /^[- ]+(?:skills?|training|role-?plays?|techniques?|scripts?|practice|rehearsals?|strategies|lines?|letters?|decisions?|notices?)\b|^\s+to\s+(?:sell|lend|give (?:him|her|them) (?:money|more)|pay (?:him|her|them|for (?:his|her|their))|sign over|hand over|move out|marry|go back to (?:him|her|them)|let (?:him|her|them) (?:move|back|stay|in)|take (?:him|her|them) back|be (?:bullied|pushed|pressured|rushed|blamed))\b|^[- ]+(?:lorry|lorries|truck|trucks|collector|collectors|collection|collections|worker|workers|wagon|bins?|sacks?|bags?|tip|site|depot|round|rounds|crew|crews|department|services?|disposal|operative|operatives|driver|drivers|loader|loaders)\b/i,
    note: 'Implies defiance; "declined" or "chose not to", with the client\'s reason, records the same fact.',
    source: ['FE21', 'SHMA'],
  },
  {
    label: 'resistant',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'resistant', alternatives: ['ambivalent about', 'not yet ready for'] },
      { pattern: 'resistance', alternatives: ['ambivalence', 'reluctance'] },
      // The verb only with the therapy as its object: resisting an urge or a compulsion is the work itself.
      { pattern: `resists${THERAPY_OBJECT}`, alternatives: ['holds off on', 'hesitates about'] },
      { pattern: `resisted${THERAPY_OBJECT}`, alternatives: ['held off on', 'hesitated about'] },
      { pattern: `resisting${THERAPY_OBJECT}`, alternatives: ['holding off on', 'hesitating about'] },
      { pattern: `resist${THERAPY_OBJECT}`, alternatives: ['hold off on', 'hesitate about'] },
    ],
    // Treatment-resistant depression, antibiotic or insulin resistance, resistance training, and
    // resisting a compulsion (the goal of exposure work) are other senses.
    notAfter: /\b(?:treatment|therapy|drug|medication|antibiotic|antimicrobial|insulin|multidrug|steroid|ssri|antidepressant|airway|vascular|heat|water|least)[- ]+(?:of\s+)?$|\bpath of least\s+$/i,
    notBefore:
      /^[- ]+(?:training|bands?|exercises?|workouts?|depression|mdd|ocd|schizophrenia|hypertension|epilepsy|infections?|strains?|bacteria)\b|^\s+(?:to|against)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:urges?|compulsions?|obsessions?|rituals?|checking|temptations?|impulses?|intrusive thoughts?|intrusions?|cravings?|the pull)\b|^\s+(?:items?|score|subscale)\b/i,
    note: 'Locates the problem in the client; name the mechanism instead (ambivalence, not yet ready, a task that did not fit, reactance to a directive approach).',
    source: ['BE18', 'SU22', 'SHMA'],
  },
  {
    label: 'unmotivated',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'unmotivated', alternatives: ['ambivalent', 'not yet ready'] },
      { pattern: 'poorly motivated', alternatives: ['ambivalent', 'not yet ready'] },
    ],
    note: 'A verdict on the client\'s character; say what the client wants, what holds them back, and where they are in readiness to change.',
    source: ['HE22', 'PA21'],
  },
  {
    label: 'manipulative',
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: 'manipulative', alternatives: ['persistent', 'insistent'] }],
    note: 'A character judgement; describe the specific behaviour and its effect.',
    source: ['HE22', 'PA21'],
  },
  {
    label: 'attention-seeking',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'attention[- ]seeking', alternatives: ['seeking connection', 'seeking support'] },
      { pattern: 'seeking attention', alternatives: ['seeking connection', 'seeking support'] },
      // The same judgement as a noun for the person ("a bit of an attention-seeker").
      { pattern: 'attention[- ]seekers?', alternatives: ['someone seeking connection', 'someone seeking support'] },
    ],
    note: 'A judgement of motive; describe the behaviour and the need it may serve.',
    source: ['HE22'],
  },
  {
    label: 'drug-seeking',
    kind: 'doubt',
    sense: 'any',
    forms: [{ pattern: '(?:drug|narcotic|med|medication|opioid|benzo)[- ]seeking', alternatives: ['requesting medication'] }],
    note: 'Questions the client\'s credibility; record what was requested and the symptom it was for.',
    source: ['PA21'],
  },
  {
    label: 'in denial',
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: 'in denial', alternatives: ['not yet ready to look at', 'unsure about'] }],
    note: 'Dismisses the client\'s view; say what the client sees differently and what they are not yet ready to discuss.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'lazy',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'lazy', alternatives: ['low in energy', 'struggling to get started'] },
      { pattern: 'laziness', alternatives: ['low energy', 'difficulty getting started'] },
    ],
    // A lazy eye is amblyopia; a lazy Sunday is an idiom about a day, not the person.
    notBefore: /^[- ]+(?:eyes?|days?|mornings?|afternoons?|evenings?|weekends?|sundays?|saturdays?|susan)\b/i,
    note: 'Disapproves of the client instead of describing energy, mood or barriers.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'difficult',
    kind: 'label',
    sense: 'person',
    forms: [
      { pattern: 'difficult', alternatives: ['distressed', 'struggling'] },
      { pattern: 'challenging', alternatives: ['distressed', 'struggling'] },
    ],
    note: 'Portrays the client as difficult; describe the observable behaviour ("raised voice", "left session early").',
    source: ['PA21'],
  },
  {
    label: 'aggressive',
    kind: 'label',
    sense: 'person',
    forms: [
      { pattern: 'aggressive', alternatives: ['raised voice', 'angry at (say whom)'] },
      { pattern: 'demanding', alternatives: ['asking repeatedly for', 'insistent about (say what)'] },
    ],
    note: 'Portrays the client as difficult; describe what was said or done and at whom ("raised his voice at me", "asked three times for a letter").',
    source: ['PA21'],
  },
  {
    label: 'histrionic',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'histrionic', alternatives: DISTRESS_AS_PERFORMANCE.alternatives },
      { pattern: 'melodramatic|theatrical', alternatives: DISTRESS_AS_PERFORMANCE.alternatives },
    ],
    // The personality disorder is a diagnosis, as "treatment-resistant depression" is.
    notBefore: /^[- ]+(?:personality|pd\b|traits?|features|cluster)/i,
    note: DISTRESS_AS_PERFORMANCE.note,
    source: ['PA21', 'HE22'],
  },
  {
    label: 'dramatic',
    kind: 'label',
    // Only of the person: a dramatic improvement is a large one.
    sense: 'person',
    forms: [{ pattern: '(?:over-?)?dramatic', alternatives: DISTRESS_AS_PERFORMANCE.alternatives }],
    note: DISTRESS_AS_PERFORMANCE.note,
    source: ['PA21', 'HE22'],
  },
  {
    label: 'needy',
    kind: 'label',
    sense: 'person',
    forms: [
      { pattern: 'needy', alternatives: ['seeking reassurance', 'asking for more contact'] },
      { pattern: 'clingy', alternatives: ['seeking reassurance', 'asking for more contact'] },
    ],
    note: 'A judgement of the client\'s need for care; say what the client asked for, how often, and what it may serve.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'entitled',
    kind: 'label',
    sense: 'person',
    forms: [{ pattern: 'entitled', alternatives: ['insistent about (say what)', 'clear about what they expect'] }],
    // Entitled to a benefit, a service or a view is a right, not a trait.
    notBefore: /^\s+to\b/i,
    note: 'A character judgement; say what the client expected or asked for and what happened.',
    source: ['PA21'],
  },
  {
    label: 'pleasant',
    // A verdict with nothing to put in its place: the message says to leave it out, and no replacement is offered.
    kind: 'verdict',
    sense: 'any',
    // Only as the opening verdict on the person ("a pleasant 44-year-old", "pleasant young man"): a pleasant week or walk is not it.
    forms: [{ pattern: 'pleasant(?=,?\\s+(?:and\\s+[\\p{L}-]+\\s+)?(?:\\d{1,3}[- ]?(?:year|yr|y)s?[- ]?old|\\d{1,3}\\s*(?:yo|y\\/o)\\b|(?:young|older|elderly|middle-aged)\\s+(?:man|woman|lady|gentleman|person|boy|girl)|(?:man|woman|lady|gentleman|boy|girl|client|patient)\\b))', alternatives: [] }],
    note: 'A value judgement on the person, and its absence from other notes is conspicuous; leave it out.',
    source: ['PA21'],
  },
  {
    label: 'poor historian',
    kind: 'doubt',
    sense: 'any',
    forms: [{ pattern: '(?:poor|unreliable|vague) historian', alternatives: ['unsure of dates', 'account given in parts'] }],
    note: 'Questions the client\'s credibility; say what was unclear and what else was used to date it.',
    source: ['PA21'],
  },
  {
    label: 'defiant',
    kind: 'label',
    sense: 'person',
    forms: [
      { pattern: 'defiant|obstructive|sulky|whiny|whingey', alternatives: ['declined (say what)', 'disagreed with (say what)'] },
      { pattern: 'passive[- ]aggressive', alternatives: ['said (quote)', 'did (describe)'] },
    ],
    note: 'Portrays the client as difficult; describe what the client said or did and what it was about.',
    source: ['PA21'],
  },
  {
    label: 'drama queen',
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: 'drama queens?|whingers?|martyrs?(?= (?:about|over|to|re)\\b)', alternatives: ['very distressed about (say what)'] }],
    note: 'Mocks the client\'s distress; describe what the client said and felt.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'uncooperative',
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: 'uncooperative|non[- ]?cooperative', alternatives: ['hesitant', 'not ready to take part'] }],
    note: 'Portrays the client as difficult; say what the client declined and why.',
    source: ['PA21', 'SU22'],
  },
  {
    label: 'combative',
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: 'combative', alternatives: ['upset', 'distressed'] }],
    note: 'One of the terms that stays stigmatizing in context; describe the behaviour and at whom it was aimed.',
    source: ['SHMA', 'PA21'],
  },
  {
    label: 'hysterical',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: 'hysterical', alternatives: ['very distressed', 'tearful'] },
      { pattern: 'hysterically', alternatives: ['with great distress', 'tearfully'] },
    ],
    note: 'One of the terms that stays stigmatizing in context; describe what the client did and felt.',
    source: ['SHMA', 'PA21'],
  },
  {
    label: 'claims',
    kind: 'doubt',
    sense: 'verb',
    forms: [
      { pattern: 'claims', alternatives: ['reports', 'states'] },
      { pattern: 'claimed', alternatives: ['reported', 'stated'] },
      { pattern: 'claiming', alternatives: ['reporting', 'stating'] },
    ],
    // An insurance or disability claim is a noun, not doubt.
    notAfter: /\b(?:insurance|disability|compensation|comp|benefits?|injury|an?|the|his|her|their|my|our|your|this|that|these|those|no|any|pending|filed|denied|approved|new|its)\s+$/i,
    notBefore: /^\s+(?:form|forms|process|adjuster|department|number|#|benefits?|disability|unemployment|compensation|asylum|expenses|responsibility|credit)\b/i,
    note: 'An evidential that questions the client\'s credibility; "reports" or "states" records the same account.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'insists',
    kind: 'doubt',
    sense: 'verb',
    forms: [
      { pattern: 'insists', alternatives: ['states', 'reports'] },
      { pattern: 'insisted', alternatives: ['stated', 'reported'] },
    ],
    // "Insisted on …" or "insisted we …" is a demand on the therapist (a 3RS confrontation marker), not doubt about an account.
    notBefore: /^\s+(?:(?:on|upon)\b|(?:that\s+)?(?:i|we|me|us|you|the therapist|writer|the clinician)\b)/i,
    note: 'An evidential that questions the client\'s credibility; "states" records the same account.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'alleges',
    kind: 'doubt',
    sense: 'verb',
    forms: [
      { pattern: 'alleges|alleging', alternatives: ['reports', 'describes'] },
      { pattern: 'alleged(?=\\s+(?:that|she|he|they|to|being|having)\\b)', alternatives: ['reported', 'described'] },
      { pattern: 'allegedly', alternatives: ['by the client\'s account'] },
    ],
    note: 'Questions the client\'s credibility; "reports" or "describes" records the same account.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'reportedly',
    kind: 'doubt',
    sense: 'any',
    forms: [{ pattern: 'reportedly', alternatives: ['by the client\'s account', 'per the client'] }],
    note: 'Signals doubt about the account; say whose account it is.',
    source: ['PA21', 'HE22'],
  },
  {
    label: 'dropped out',
    kind: 'label',
    sense: 'verb',
    forms: [
      { pattern: 'dropped out', alternatives: ['ended treatment', 'stopped attending'] },
      { pattern: 'drops out', alternatives: ['ends treatment', 'stops attending'] },
      { pattern: 'dropping out', alternatives: ['ending treatment', 'stopping attending'] },
      { pattern: 'drop out', alternatives: ['end treatment', 'stop attending'] },
      { pattern: 'went awol|awol', alternatives: ['left without notice'] },
    ],
    // Only leaving the care is a verdict on the client: leaving school, a club, a team or a group ride is biography, and dropping
    // out of friends' plans may be the low mood the note describes. So "dropped out of …" labels only when what was left names
    // the treatment (the therapy, the sessions, the programme, the group, the service, the waiting list); a nursing programme, a
    // church group or the programme at college is biography again.
    notBefore:
      /^\s+of\s+(?!(?:(?:the|her|his|their|our|this|that|a|an|my|your)\s+)?(?:[\w'’-]+\s+){0,3}?(?:treatment|tx|therapy|therapies|counsell?ing|sessions?|sess|appointments?|appts?|care|services?|programmes?|programs?|prog|group|groups|grp|grps|clinic|rehab|rehabilitation|detox|pathway|IOP|PHP|DBT|CBT|EMDR|aftercare|follow-up|contact|waiting list|wait list|waitlist|work with (?:me|us)|the work)\b(?!\s+(?:ride|rides|chat|chats|walk|walks|run|runs|trip|trips|outing|outings|holiday|photo)\b))|^\s+of\s+(?:(?:the|her|his|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:nursing|law|medical|dental|degree|graduate|postgraduate|PhD|doctoral|master'?s|apprenticeship|training|academic|school|college|university|uni|sports?|football|rugby|youth|church|walking|running)\s+(?:programmes?|programs?|groups?|course)\b|^\s+of\s+(?:the|her|his|their|a|an)\s+program(?:me)?\s+at\b/i,
    note: 'Blames the client for the ending; record when treatment ended and the client\'s reason.',
    source: ['HE22'],
  },
  {
    // A missed appointment is a fact ("did not attend"); the client called "a no-show" is a label (DOMAIN.md §8). The status of an
    // appointment ("no-show fee", "DNA/no-show policy") names no one.
    label: 'no-show',
    kind: 'label',
    sense: 'any',
    forms: [
      { pattern: '(?<=\\b(?:was|is|were|are|been|being|became|as)\\s+an?\\s+(?:(?:repeat|serial|frequent|chronic|habitual)\\s+)?)no[- ]show', alternatives: ['did not attend'] },
      { pattern: 'no[- ]showed', alternatives: ['did not attend'] },
    ],
    notBefore: /^[- ]+(?:fees?|polic(?:y|ies)|rates?|letters?|charges?|lists?|codes?|status|appointments?)\b/i,
    clientOnly: true,
    note: 'Blames the client for a missed appointment; record that the client did not attend and the reason, if known.',
    source: ['HE22'],
  },
  {
    label: 'addict',
    kind: 'substance',
    sense: 'any',
    forms: [
      { pattern: 'addicts?', alternatives: ['person with a substance use disorder'] },
      { pattern: '(?:substance|drug|alcohol|cannabis|opioid|heroin|cocaine|poly-?substance) abusers?', alternatives: ['person who uses substances'] },
    ],
    note: 'Stigmatizing substance-use language; use person-first wording.',
    source: ['FE21'],
  },
  {
    label: 'alcoholic',
    kind: 'substance',
    sense: 'any',
    forms: [{ pattern: 'alcoholics?', alternatives: ['person with alcohol use disorder'] }],
    notAfter: /\b(?:children of|non|non-)\s*$/i,
    notBefore:
      /^\s+(?:anonymous|beverages?|drinks?|hepatitis|cirrhosis|liver|ketoacidosis|neuropathy|cardiomyopathy|pancreatitis|content|fatty|hallucinosis|dementia|intoxication|blackouts?|gastritis|myopathy|cerebellar|punch|ginger)\b/i,
    note: 'Stigmatizing substance-use language; use person-first wording ("person with alcohol use disorder").',
    source: ['FE21'],
  },
  {
    label: 'substance abuse',
    kind: 'substance',
    sense: 'any',
    forms: [
      { pattern: '(?:substance|drug|alcohol|cannabis|opioid|poly-?substance) abuse', alternatives: ['substance use'] },
      { pattern: 'abus(?:es|ed|ing)(?=\\s+(?:alcohol|drugs|substances|cannabis|opioids|pills)\\b)', alternatives: ['using'] },
    ],
    // The US agency's name (SAMHSA) keeps the old wording.
    notBefore: /^\s+and mental health services\b/i,
    note: 'One of the terms that stays stigmatizing in context; "substance use" (or the diagnosis) says the same.',
    source: ['SHMA', 'FE21'],
  },
  {
    label: 'clean / dirty',
    kind: 'substance',
    sense: 'any',
    forms: [
      { pattern: 'dirty(?=\\s+(?:urine|ua|uds|tox|toxicology|drug screens?|drug tests?|screens?|samples?)\\b)', alternatives: ['positive'] },
      { pattern: 'clean(?=\\s+(?:urine|ua|uds|tox|toxicology|drug screens?|drug tests?|screens?|samples?)\\b)', alternatives: ['negative'] },
      { pattern: '(?<=\\b(?:stayed|staying|been|remained|remaining|got|getting|stay)\\s+)clean(?=\\s+(?:for|since)\\s)', alternatives: ['abstinent'] },
    ],
    note: 'Stigmatizing substance-use language; say "toxicology negative/positive" or "abstinent".',
    source: ['FE21'],
  },
  {
    label: 'frequent flyer',
    kind: 'personFirst',
    sense: 'any',
    forms: [
      { pattern: 'frequent fl(?:y|i)ers?', alternatives: ['person who visits often'] },
      { pattern: 'sicklers?', alternatives: ['person with sickle cell disease'] },
    ],
    note: 'A dehumanising label; use person-first wording.',
    source: ['GO18', 'HE22'],
  },
  {
    label: 'the borderline',
    kind: 'personFirst',
    sense: 'any',
    forms: [
      {
        // The diagnosis as a noun for the person: "a borderline", "the borderline patient".
        pattern: '(?<=\\b(?:an?|the|typical|classic)\\s+)(?:borderline|schizophrenic)(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:who|and|with|in|on|at|is|was|has|had|patient|patients|pt|client|clients|type)\\b)',
        alternatives: ['person with borderline personality disorder'],
      },
      { pattern: 'borderlines|schizophrenics', alternatives: ['people with the diagnosis'] },
    ],
    note: 'Names the person by the diagnosis; use person-first wording.',
    source: ['HE22'],
  },
];

/** How a message names each source key of DOMAIN.md. */
export const SOURCE_NAMES: Record<string, string> = {
  FE21: 'Fernández et al. 2021',
  CLO: 'CLOSLER',
  GO18: 'Goddu et al. 2018',
  SU22: 'Sun et al. 2022',
  PA21: 'Park et al. 2021',
  HE22: 'Healy et al. 2022',
  SHMA: 'SHM context-specific stigmatizing language',
  BE18: 'Beutler et al. 2018',
  config: "the clinic's list",
};

/** A clinic's own label (rule option), held to the same checks as the built-in ones. */
export interface ExtraLabel {
  word: string;
  alternatives: string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function extraLabel(extra: ExtraLabel): JudgmentalLabel {
  return {
    label: extra.word,
    kind: 'label',
    sense: 'any',
    forms: [{ pattern: escapeRegex(extra.word).replace(/[ -]+/g, '[- ]'), alternatives: extra.alternatives }],
    note: 'Listed by the clinic.',
    source: ['config'],
  };
}

/**
 * Quotation marks around the client's symptom ("her "pain"") signal disbelief: the practice
 * Healy et al. (2022) call weaponizing quotes. Only symptoms and conditions count, after a
 * possessive or an article, so a quoted utterance or a quoted mood word ("Mood 'on edge'") does not.
 */
export const SCARE_QUOTES = {
  label: 'scare quotes',
  terms: [
    'pain', 'back pain', 'chronic pain', 'migraines?', 'headaches?', 'seizures?', 'allerg(?:y|ies)', 'anxiety', 'depression', 'panic attacks?',
    'flashbacks?', 'trauma', 'disability', 'illness', 'symptoms?', 'injury', 'injuries', 'fatigue', 'insomnia', 'dizziness', 'nausea', 'condition',
  ],
  note: 'Quotation marks around a symptom question whether it is real; name it without quotes, and quote only words that matter clinically.',
  source: ['HE22', 'PA21'],
} as const;
