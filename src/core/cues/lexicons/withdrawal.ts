import { entries } from '../lexicon.js';

// Client withdrawal markers: moving away from the therapist or the work (3RS 2015 §Withdrawal
// markers; 3RS 2022 shutting down / avoiding / masking; DOMAIN.md §2.1). A marker counts only
// when the client does it, now, in the session; the rules check that with the context classifier.
export const withdrawalMarkers = entries('withdrawal-marker', [
  // Minimal response
  { pattern: String.raw`minimal(?:ly)? (?:verbal )?respon(?:se|ses|sive|ding)`, note: '3RS minimal response' },
  { pattern: String.raw`(?:one|single|two)[- ]word (?:answers?|responses?|replies|reply)`, note: '3RS minimal response' },
  { pattern: String.raw`(?:brief|short|clipped|curt|monosyllabic|terse) (?:answers?|responses?|replies)`, note: '3RS minimal response' },
  { pattern: String.raw`shrug(?:s|ged|ging)?`, note: '3RS minimal response (non-verbal)' },
  { pattern: String.raw`(?:went|goes|go|going|gone|became|becomes|become|fell|falls|grew) (?:very |quite |largely |mostly |completely |increasingly )?(?:quiet|silent|mute|withdrawn|shut down|closed off)`, note: '3RS minimal response; "went quiet when asked"' },
  { pattern: String.raw`(?:was|were|remained|stayed|sat|seemed|appeared) (?:very |quite |largely |mostly |completely |increasingly )?(?:quiet|silent|mute|closed off|distant|detached|far away|elsewhere|guarded|reticent|reserved|withholding)`, note: '3RS minimal response (a state: needs the session or the therapist in the sentence)', needsAnchor: true },
  { pattern: String.raw`guarded (?:when|about|around|in response|as soon as)|minimally engaged|limited engagement|(?:reluctant|hesitant|unwilling) to (?:engage|discuss|talk|share|open up|elaborate|answer|go into|explore|look at)`, note: '3RS 2022 avoiding / minimal response' },
  { pattern: String.raw`(?:became|becomes|got|grew|turned) (?:more |very |quite )?(?:vague|evasive|tangential|guarded|distant|detached|flat|monosyllabic)`, note: '3RS abstract communication / minimal response (a change in the session)' },
  { pattern: String.raw`(?:responded|answered|replied|said|responding|answering|replying|saying|muttered|mumbled|grunted|shrugged and said)(?: only)?(?: with)? (?:I don't know|I dunno|idk|dunno|fine|nothing|whatever|not sure|nope|no idea)(?: to (?:most|many|every|all|several))?|I don't know (?:to|in response to) (?:most|many|every|all|several|each)|(?:said|insisted|repeated|kept saying|keeps saying|saying) (?:that )?(?:she|he|they|it|everything|things|I)(?:'s|'m| is| was| were| are| am) (?:fine|ok|okay|alright|nothing)`, note: '3RS minimal response / denial' },
  { pattern: String.raw`(?:gave|giving|offered|provided) (?:only )?(?:vague|superficial|minimal|brief|short|one-word|few|little) (?:answers|responses|details|replies|information)`, note: '3RS minimal response / abstract communication' },
  { pattern: String.raw`surface[- ]level|(?:kept|stayed|remained) (?:\w+ ){0,3}?(?:on the surface|superficial|on safe topics|in small talk)|small talk`, note: '3RS abstract communication' },
  { pattern: String.raw`what (?:she|he|they) (?:thought|think|thinks) I (?:wanted|want|would want) to hear`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`(?:long|lengthy|prolonged|extended) (?:silences?|pauses?)`, note: '3RS minimal response' },
  { pattern: String.raw`shut(?:s|ting)? (?:down|off)`, note: '3RS 2022 shutting down' },
  { pattern: String.raw`(?:clammed|closed) up`, note: '3RS 2022 shutting down' },
  { pattern: String.raw`(?:stopped|stops|stopping) (?:talking|responding|engaging|answering)`, note: '3RS minimal response' },
  { pattern: String.raw`(?:disengaged|disengagement|withdrew|withdrawn|withdrawal|pulled back|pulled away|checked out|zoned out|switched off|tuned out)`, note: '3RS withdrawal; a state word, so it needs the session or the therapist in the sentence (alcohol or social withdrawal are other senses)', needsAnchor: true },
  { pattern: String.raw`(?:did not|didn't|would not|wouldn't|refused to) (?:answer|respond|engage|elaborate)`, note: '3RS minimal response' },
  // Denial
  { pattern: String.raw`(?:denied|denies|denying) (?:feeling|being|that (?:she|he|they) (?:was|were|felt)) (?:upset|angry|sad|hurt|anything|bothered|affected)`, note: '3RS denial' },
  { pattern: String.raw`insist(?:ed|s|ing)? (?:that )?(?:everything|she|he|they|it|things) (?:was|were|is|are) (?:fine|ok|okay|good)`, note: '3RS denial' },
  { pattern: String.raw`said (?:that )?it (?:doesn't|does not|didn't|did not) matter`, note: '3RS denial' },
  // Abstract communication
  { pattern: String.raw`intellectuali[sz](?:ed|es|ing|ation)`, note: '3RS abstract communication' },
  { pattern: String.raw`(?:spoke|speaking|talked|talking) in generalities`, note: '3RS abstract communication' },
  { pattern: String.raw`kept (?:it|things|the conversation) (?:abstract|vague|general|superficial|on the surface)`, note: '3RS abstract communication' },
  { pattern: String.raw`(?:vague|abstract|evasive) (?:when|about|in response)`, note: '3RS abstract communication' },
  // Avoidant storytelling and shifting topic
  { pattern: String.raw`chang(?:ed|es|ing) (?:the )?(?:subject|topic|direction)s?`, note: '3RS shifting topic' },
  { pattern: String.raw`shift(?:ed|s|ing) (?:the )?(?:topic|subject|conversation)`, note: '3RS shifting topic' },
  { pattern: String.raw`(?:steer|steered|steers|steering|redirect|redirected|redirects|redirecting) (?:the conversation |us |things )?(?:away|back to|to other)`, note: '3RS shifting topic' },
  { pattern: String.raw`deflect(?:ed|s|ing)`, note: '3RS shifting topic' },
  { pattern: String.raw`(?:moved|moves|moving) (?:away|off) from (?:talking|the topic|the subject|it)`, note: '3RS 2022 avoiding' },
  { pattern: String.raw`(?:long|lengthy|tangential) (?:stories|story|anecdotes?)`, note: '3RS avoidant storytelling' },
  { pattern: String.raw`avoid(?:ed|s|ing) (?:the (?:topic|question|subject)|answering|talking about|discussing)`, note: '3RS 2022 avoiding' },
  { pattern: String.raw`(?:each|every) time (?:I|T|we|writer|the therapist) (?:tried|attempted|went|moved|came|brought|steered|turned)[^.;]{0,80}?(?:returned|went back|came back|changed|shifted|steered|moved|drifted|switched|veered|turned)`, note: '3RS avoidant storytelling / shifting topic (returning to other topics whenever the work comes near)' },
  { pattern: String.raw`minimally verbal|uncommunicative|non-?communicative|limited (?:verbal )?(?:responses|engagement|participation|disclosure)|(?:difficult|hard) to engage|answered (?:(?:most |all |my )?questions )?(?:briefly|minimally|tersely|in (?:one|single) words?)`, note: '3RS minimal response' },
  { pattern: String.raw`drift(?:ed|s|ing)? (?:away|off)|(?:answers|replies|responses) (?:became|got|grew|were getting|turned) (?:shorter|briefer|clipped|vaguer|thinner|flat)|looked at the clock|(?:kept|keeping|keeps|keep|held|holding) (?:me|us|T|the therapist|things|it|the (?:hour|session|conversation|talk)) (?:at (?:an )?arm'?s'? length|on safe ground|light|superficial|on the surface|at a distance)|gave (?:nothing|little|very little|away nothing|away little) (?:of (?:herself|himself|themselves)|away)|(?:didn't|did not|wouldn't|would not) (?:speak|talk|say a word|say anything|participate|contribute)(?: for (?:most|much) of| at all| until)`, note: '3RS withdrawal: drifting away, keeping the therapist at a distance, saying little' },
  { pattern: String.raw`deferr?(?:ed|ing|s)? to (?:me|T|the therapist|writer|my (?:view|judgement|judgment|suggestions?))`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`withdrew into (?:silence|herself|himself|themselves)|retreated into|closed down|sat in silence|silent for (?:long|several|most|much)|not (?:very )?forthcoming|less forthcoming|unforthcoming|refused to (?:talk|discuss|speak|say (?:more|anything))|brushed off (?:my|the) (?:concern|question|suggestion|comment)`, note: '3RS shutting down / minimal response' },
  { pattern: String.raw`monosyllabic|let'?s move on|(?:wanted|asked|tried) to move on (?:from|quickly)|(?:rather|prefer(?:red)?) not (?:to )?(?:go there|talk about (?:it|that|this)|get into (?:it|that))|(?:moved|switched|jumped|skipped) (?:on )?to talking about`, note: '3RS minimal response / shifting topic', quoted: true },
  { pattern: String.raw`(?:v\.?|very|quite|unusually|notably|noticeably) quiet|(?:zon|spac|tun)(?:e|ed|es|ing) out|(?:looked at|checked|scrolled|kept checking) (?:her|his|their) (?:phone|watch)`, note: '3RS withdrawal (a state: needs the session or the therapist in the sentence)', needsAnchor: true },
  { pattern: String.raw`over-?apologetic|apologetic throughout|(?:checking|checked|asked|kept asking) (?:whether|if) (?:she|he|they) (?:was|were) (?:doing (?:it|this|things) right|getting it right|being a good client)`, note: '3RS deferential and appeasing' },
  // Deferential and appeasing
  { pattern: String.raw`agree(?:d|s)? (?:readily |quickly )?(?:with |to )?(?:every|everything|all of (?:my|the))(?: suggestion| idea| proposal)?`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`(?:went|goes|going) along with|going through the motions|(?:kept|keeps) apologi[sz]ing`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`(?:didn't|did not|wouldn't|would not) (?:say|talk|share|speak|offer) (?:much|a lot|anything|more)|said (?:very )?little|spoke (?:very )?little|little to say|(?:laughed|joked|shrugged|brushed) (?:it |this |that )?off|brushed off (?:the|my) (?:question|comment|observation|reflection)|evasive|minimi[sz](?:ed|es|ing)|(?:said|insisted) (?:that )?it (?:was|is|'s) (?:no|not a) big deal`, note: '3RS minimal response / denial / deflection' },
  { pattern: String.raw`eager to please|over-?compliant|overly (?:agreeable|compliant)`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`apologi[sz](?:ed|es|ing) (?:repeatedly|excessively|over and over|several times|many times|again and again|profusely)`, note: '3RS deferential and appeasing' },
  { pattern: String.raw`offered nothing of (?:her|his|their) own`, note: '3RS 2022 masking experience (compliance without own view)' },
  // Content/affect split
  { pattern: String.raw`(?:laughed|laughing|laughs|smiled|smiling|smiles|giggled|joked|joking) (?:while|when|as) (?:describing|talking|discussing|recounting|telling)`, note: '3RS content/affect split' },
  { pattern: String.raw`incongruent affect`, note: '3RS content/affect split' },
  // Hopelessness about the work
  { pattern: String.raw`(?:therapy|this|talking|treatment|it) (?:won't|can't|will not|cannot|isn't going to) (?:help|work|change anything)`, note: '3RS self-criticism/hopelessness about the work' },
  { pattern: String.raw`(?:giving|gave|give) up on (?:therapy|this|the work|treatment)`, note: '3RS 2022 giving up' },
  { pattern: String.raw`(?:moved|moves|moving|went|goes|skipped|skips|jumped|jumps|switched|switches|hurried|hurries|rushed|rushes) (?:straight|quickly|swiftly|rapidly|abruptly|immediately|promptly|hastily|right) (?:on ?to|back to|on to|to|off)|(?:moved|moves|moving|went|goes|drifted|drifts|veered|veers|switched|switches) (?:on )?to (?:talking about |discussing )?(?:[\w-]+ ){0,4}?in (?:general|abstract|broad|impersonal) terms`, note: '3RS shifting topic / abstract communication: moving off the subject at once, or to generalities' },
  { pattern: String.raw`in (?:general|abstract|broad|impersonal|theoretical) terms|in the abstract|(?:spoke|speaking|talked|talking|talks|speaks) (?:only )?(?:generally|abstractly|theoretically|about (?:people|society|men|women|everyone) in general)`, note: '3RS abstract communication (a manner: needs the session or the therapist in the sentence)', needsAnchor: true },
  { pattern: String.raw`whatever you think|you know best|you'?re the expert|if you say so|you'?re (?:probably |always )?right|(?:I'?ll|I will) do whatever you (?:say|want|think)`, note: '3RS deferential and appeasing (the client’s words to the therapist)', quoted: true, mustBeQuoted: true },
]);
