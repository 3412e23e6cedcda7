import { entries } from '../lexicon.js';

// The therapist's own negative reactions (countertransference) and reflection on them (Hayes,
// Gelso, Goldberg & Kivlighan 2018; DOMAIN.md (d)). The rule keeps only reactions whose subject
// is the therapist ("I", "T", "writer"); the client's feelings are not reactions.
export const therapistReactions = entries('therapist-reaction', [
  { pattern: String.raw`(?:felt|feel|feels|feeling|was|am|I'm|I am|got|getting|get|became|becoming|grew|found myself|find myself|noticed I was|notice I am|noticed myself|aware of being|sense of being) (?:quite |very |a bit |a little |really |somewhat |increasingly |so |rather |more and more )?(?:frustrated|irritated|irritable|annoyed|bored|drained|tired|exhausted|fatigued|worn out|depleted|triggered|impatient|resentful|exasperated|angry|overwhelmed|stuck|helpless|hopeless|deskilled|de-skilled|defensive|dread(?:ing)?|disengaged|sleepy|distracted)`, note: 'therapist’s negative reaction' },
  { pattern: String.raw`(?:frustration|irritation|annoyance|boredom|fatigue|exhaustion|resentment|impatience|dread|anger) (?:in|with|toward|towards) (?:myself|me|the client|him|her|them|this client)|(?:my|T's|the therapist's|writer's) (?:own )?(?:frustration|irritation|annoyance|boredom|fatigue|exhaustion|resentment|impatience|dread|anger)`, note: 'therapist’s negative reaction (noun form)' },
  { pattern: String.raw`(?:kept|keep) (?:checking|looking at|watching) the clock`, note: 'therapist’s boredom (behaviour)' },
]);

export const therapistReflections = entries('therapist-reflection', [
  { pattern: String.raw`on reflection|reflect(?:ed|ing|s)? on (?:it|this|that|my|the reaction|what)|(?:wonder|wondered|wondering|think|thought) (?:whether |if |that )?(?:my|this|the|it|it's|the (?:fatigue|frustration|irritation|boredom)) (?:is|was|reaction|fatigue|frustration|irritation|boredom|might be|may be)? ?(?:about|my own|related|linked|connected|mirrors?|parallels?|a (?:response|reaction|sign))`, note: 'self-reflection on the reaction' },
  { pattern: String.raw`(?:it's|it is|this is|that's|was) (?:probably |likely |partly |mostly )?(?:my own|about my|about me|mine)|(?:my own|personal) (?:discomfort|history|stuff|issue|material|schedule|fatigue|reaction)`, note: 'owning the reaction as the therapist’s' },
  { pattern: String.raw`(?:take|took|taking|bring|brought|bringing|raise|raised|raising|discuss|discussed|discussing|explore|explored|process|processed) (?:it|this|that|the reaction|my reaction|these feelings|the case)? ?(?:to|in|with|at) (?:my )?(?:supervision|supervisor|consultation|peer consultation|peer supervision|consult|(?:my )?(?:own )?therapy|the team)`, note: 'taking the reaction to supervision or consultation' },
  { pattern: String.raw`(?:note|noting|noted) it (?:in|for) supervision|(?:consulted|consult|consulting) (?:with )?(?:my )?(?:supervisor|peers?|colleague)|countertransference|counter-transference|(?:CT|counter transference) (?:reaction|noted)`, note: 'countertransference named or consulted' },
  { pattern: String.raw`(?:plan|planning|will|I'll|going) to (?:manage|address|look after|attend to)|self-care|(?:moving|moved|move|rearrang\w+|reschedul\w+|chang\w+|spread\w*) (?:one of )?(?:those |these |my )?(?:sessions|schedule|caseload|bookings|appointments)|(?:refocused|brought (?:the )?focus back|returned) (?:on|to) (?:the client|her|his|their|client's)`, note: 'a plan to manage the reaction' },
]);
