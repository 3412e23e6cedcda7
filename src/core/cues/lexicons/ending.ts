import { entries, type LexiconEntry } from '../lexicon.js';

// The eight termination actions that experts across orientations perform most often (Norcross,
// Zimmerman, Greenberg & Swift 2017; DOMAIN.md §3.1), and the reason for ending (§3.2–3.3).
// An action mentioned only to say it did not happen is missing; the classifier handles negation.
const action = (name: string, list: Array<Omit<LexiconEntry, 'kind'>>) => entries(`termination-action:${name}` as LexiconEntry['kind'], list);

export const endingActions = [
  ...action('mutual-review', [
    { pattern: String.raw`(?:look(?:ed|ing|s)?|went|go(?:ing)?|gone|came|come|thought) back (?:over|on|at|through) (?:the |our |his |her |their |all )?(?:[\w-]+ )?(?:work|therapy|treatment|sessions?|year|months|weeks|course|time together|journey|process)`, note: 'action 1: mutual review of how therapy went' },
    { pattern: String.raw`(?:reviewed|review|reviewing|went over|go over|going over|discussed|talked about|reflected on|looked at) (?:the |our |his |her |their |all )?(?:course of (?:therapy|treatment)|(?:[\w-]+ )?sessions?(?: together)?|work (?:together|we did|we've done)|our work|therapy together|treatment together|how (?:therapy|treatment|the work|our work|it) (?:went|had gone|has gone))`, note: 'action 1: mutual review of how therapy went' },
    { pattern: String.raw`what (?:helped|was (?:most )?helpful|was (?:least )?useful|worked|didn't help|did not help|could have been different)|(?:looking|look) back together`, note: 'action 1: what helped and what did not' },
  ]),
  ...action('future-coping', [
    { pattern: String.raw`relapse[- ](?:prevention|plan|signature|signs)|(?:early )?warning signs?|early signs|(?:future|possible|likely|expected) (?:setbacks?|lapses?|difficulties|stressors|triggers)|setbacks?|lapses?|coping plan|staying[- ]well plan|wellness plan|safety plan|when things (?:slide|get hard|get worse)`, note: 'action 2: future functioning and coping (relapse prevention)' },
    { pattern: String.raw`(?:what|how) (?:she|he|they|cl|pt|the client)(?:'ll| will| would| can| could)? (?:do|cope|manage|respond)(?:s)? (?:if|when)`, note: 'action 2: what the client will do if difficulties come back' },
  ]),
  ...action('skills-beyond', [
    { pattern: String.raw`(?:already )?(?:using|uses|used|use|applying|applies|applied|apply|practi[cs]ing|taking) (?:the |her |his |their |these |those |this |that |it|them)?(?:[\w"'-]+ ){0,5}?(?:outside|beyond|at (?:work|school|home|(?:her|his|their) (?:[\w-]+ )?(?:job|work|school|college|university|workplace))|in (?:other|daily|everyday) (?:life|areas|situations|settings|parts)|with (?:\w+'?s? ){0,2}(?:parents|family|team|friends|colleagues|coworkers|co-workers|dad|mom|mum|partner|son|daughter|kids|children|boss|housemates))`, note: 'action 3: skills used beyond therapy' },
    { pattern: String.raw`already using|generali[sz](?:ed|es|ing|ation)|(?:outside|beyond) (?:of )?(?:here|therapy|the sessions?|sessions|the (?:[\w-]+ )?work)|not just (?:with|in) (?:each other|here|therapy|session)`, note: 'action 3: skills used beyond therapy' },
  ]),
  ...action('ongoing-growth', [
    { pattern: String.raw`ongoing|a (?:lifelong |life-long |daily |continuing )?practice|(?:lifelong|life-long|continuing|continuous|long|forever|never-ending|ongoing) (?:process|practice|journey|project|work|task)|work in progress|not (?:something|a thing) (?:you|I|we|she|he|they) (?:finish|complete|are done with)|not a switch|(?:keep|keeps|keeping|continue|continues|continuing) (?:working|practi[cs]ing|growing|building|learning) (?:on|at)?|one step (?:in|on)`, note: 'action 4: growth framed as ongoing' },
  ]),
  ...action('post-therapy-growth', [
    { pattern: String.raw`(?:keep|keeps|keeping|continue|continues|continuing|go on) (?:getting |to get )?(?:better|stronger|braver|improving|growing|progressing|to improve|to grow|to progress)`, note: 'action 5: anticipating growth after therapy' },
    { pattern: String.raw`(?:after|once|when) (?:we(?:'ve| have)? (?:stop|stopped|finish|finished|end|ended)|therapy (?:ends|has ended|is over)|sessions (?:stop|end)|(?:I'm|she's|he's|they're) not coming)[^.;]{0,40}?(?:better|stronger|grow|improv|progress|keep|more)`, note: 'action 5: anticipating growth after therapy' },
  ]),
  ...action('meaning-of-ending', [
    { pattern: String.raw`(?:what|how) (?:the |this |our )?(?:ending|finishing|stopping|leaving|saying goodbye|termination|the end|to end|to stop|to finish|it feels to (?:end|stop|finish|leave))(?: (?:here|this|therapy|our work|the work|now|together|with me))? (?:means?|meant|feels?|felt|will (?:mean|feel)|brings? up|is like|was like)`, note: 'action 6: what ending this therapy means' },
    { pattern: String.raw`(?:how|what) it (?:feels|felt|will feel|means|meant) (?:to|that we(?:'re| are)?) (?:end|stop|finish|leave|say goodbye)|feelings? (?:about|around) (?:ending|termination|finishing|stopping|saying goodbye|the ending|leaving)|(?:ending|finishing|stopping|leaving|saying goodbye) (?:here |therapy |now )?(?:feels|felt|means|meant|brings|brought)`, note: 'action 6: what ending this therapy means' },
  ]),
  ...action('gains', [
    { pattern: String.raw`gains?|what(?:'s| has| had) changed|(?:changes|improvements|progress) (?:she|he|they|cl|pt|the client|the couple)? ?(?:named|listed|noticed|made|reported|described)|(?:listed|named|described|reviewed) (?:the )?(?:changes|improvements|progress|what(?:'s| has) changed)`, note: 'action 7: reflecting on gains' },
    { pattern: String.raw`(?:PHQ-?9|GAD-?7|Y-?BOCS|PCL-?5|ORS|OQ-?45|BDI|BAI|EDE-?Q|CORE-?10|AUDIT)[^.;]{0,30}?(?:→|->|down from|from \d+(?:\.\d)? to|\(intake \d+|intake \d+)`, note: 'action 7: gains shown on a measure', caseSensitive: true },
  ]),
  ...action('pride', [
    { pattern: String.raw`proud|pride`, note: 'action 8: pride in progress and in the relationship' },
  ]),
];

export const endingReasons = entries('ending-reason', [
  { pattern: String.raw`(?:client|cl|pt|patient|couple|family)[- ]initiated|(?:therapist|clinician)[- ]initiated|mutual(?:ly)? (?:agreed|agreement|decision|decided|planned)|by mutual (?:agreement|decision)|(?:planned|agreed|natural|scheduled) (?:ending|termination|discharge|end)`, note: 'who decided to end' },
  { pattern: String.raw`(?:ending|ended|ends|stopping|terminating|terminated|discharg(?:ed|ing)|closing|closed|finishing|transferr?(?:ed|ing)) (?:therapy |treatment |the case |the file |care )?(?:because|due to|as (?:she|he|they|the client|cl|pt)|after|since|following|at (?:her|his|their|the client's) request)`, note: 'the reason for ending' },
  { pattern: String.raw`(?:wanted|wants|asked|decided|chose|chosen|requested) to (?:stop|end|finish|discontinue|pause|take a break)|transfer of care|referr(?:al|ed) (?:made )?to|moving (?:home|away|abroad|out of)|relocat(?:ed|ing|ion)|insurance|funding|(?:session|benefit) limit|goals? (?:met|achieved|reached)|treatment (?:complete|completed)|completed (?:the )?(?:planned|agreed|course)|in remission|last (?:planned|of \d+)|final (?:planned )?session \(?\d+ of \d+|(?:\d+|all) (?:of \d+|planned) sessions|lost to follow-?up|did not return|stopped attending|no longer (?:needs?|requires?|wants?)`, note: 'the reason for ending' },
]);
