// Pattern fragments shared by the lexicons, in the clinic's words and abbreviations.

/** The therapist as an object or subject: first person, "T", "writer", "the clinician". */
export const THERAPIST = String.raw`(?:me|myself|T|Th|the therapist|therapist|writer|the writer|(?:the )?clinician|(?:the )?counsell?or)`;
/** The client as written in notes: Pt, Cl, pronouns, the couple. */
export const CLIENT = String.raw`(?:client|cl\.?|pt\.?|patient|she|he|they|the couple|both|each)`;
/** An agreed between-session task. */
export const TASK = String.raw`(?:homework|home work|HW|assignment|practice|practise|exercises?|worksheets?|thought records?|(?:food |meal |sleep |panic |mood |drinking |activity )?(?:log|diary|diaries|diary card|record|schedule|plan)|exposures?|ERP(?: practice)?|BA(?: schedule)?|behaviou?ral activation|task|(?:trauma |written |impact )?account|reading|recording|check-in|conversation|experiment|skills? practice|between[- ]session (?:task|work|writing))`;
/** Words that say "it happened in this therapy": the session, the work, the relationship. */
export const RELATIONAL_OBJECT = String.raw`(?:how (?:it|this|that|the [\w-]+(?: [\w-]+)?) (?:felt|feels|sits|landed|has gone|had affected|affected)|how (?:she|he|they|cl|pt) (?:feels?|felt|is feeling) about|working with me|talk(?:ing)? to me|(?:our|the) (?:work|relationship|alliance|sessions?) (?:together|so far|could|is|was|has)|our work|between us|the pace|the (?:rupture|tension|strain|disagreement|misunderstanding|cancell?ation|pause agreement)|(?:her|his|their) (?:frustration|anger|reaction|disappointment|silence|withdrawal) (?:with|about|in|toward)|what happened (?:in|last|today|between)|(?:the|last|today'?s|this) session (?:felt|went|was|had been)|how (?:she|he|they) (?:moved|pulled) away|the way (?:she|he|they) (?:went quiet|moved away|shut down|pulled away))`;
