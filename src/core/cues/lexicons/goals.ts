import { entries } from '../lexicon.js';

// Goal and treatment-plan statements, and the signs that the client took part in setting them
// (Tryon, Birch & Verkuilen 2018: collaboration and goal consensus; DOMAIN.md (a)).

/** Where a goal or a treatment focus is stated (not next-session logistics, not "continue current plan"). */
export const goalStatements = entries('goal-statement', [
  { pattern: String.raw`(?:(?:treatment|tx|therapy|long[- ]term|short[- ]term|initial|main|primary|new|first|second|third|smart) )?goals?(?: (?:for|per|as per|from|by|set by|under) [^:.;]{1,30}?)?(?: \([^)]*\))? *(?::|is|are|was|were|set|agreed|remains?|-|–|—)`, note: 'a goal stated with a label or a copula' },
  { pattern: String.raw`(?:set|sets|setting|agreed|identified|chose|picked|named|established|wrote|defined|revised|added) (?:a |the |his |her |their |our |two |three |one |an? )?(?:[\w-]+ ){0,2}?(?:goals?|focus|target|aim)`, note: 'a goal being set' },
  { pattern: String.raw`(?:treatment|tx|care|therapy|intervention) plan *(?::|-|–|—|is to|will)`, note: 'a treatment-plan statement' },
  { pattern: String.raw`(?:treatment|tx|therapy|initial|main|primary) focus(?: \([^)]*\))? *(?::|is|will be|as)|focus of (?:treatment|therapy|tx|the work|our work)`, note: 'a treatment focus' },
  { pattern: String.raw`(?:LTG|STG)\s*#?\d*\s*:|[Gg]oals?\s*#?\s*\d+\s*[:.)–-]|[Gg]oal\s*(?:#|[Nn]o\.?)\s*\d|[Oo]bjectives\s*:|[Oo]bjective\s*#?\d+\s*:|(?:[Tt]argets?|[Aa]ims?)\s*:`, note: 'a goal or objective label', caseSensitive: true },
  { pattern: String.raw`goals? (?:of|for) (?:treatment|therapy|the work|this work|care|our work) (?:include|includes|are|is|will be)|(?:treatment|therapy|tx|sessions|the work|our work) will (?:focus|target|address|aim|concentrate)|working (?:toward|towards) (?:the )?(?:goal|goals)?`, note: 'a goal or planned approach stated in prose' },
]);

export const collaborativeGoals = entries('collaborative-goal', [
  { pattern: String.raw`endorsed|consented|verbali[sz]ed (?:agreement|understanding and agreement)|signed|co-developed|(?:reviewed|discussed|developed|formulated|created|set|established|written|wrote|decided|chosen|identified) (?:together )?with (?:the )?(?:client|clt|cl|ct|pt|patient|her|him|them|both|the couple|the family)|(?:client|clt|cl|ct|pt|patient)'?s? (?:stated |own |identified |chosen |preferred |top |first |main )?(?:goal|priority|priorities|choice|wish|request|idea)|per (?:client|clt|cl|ct|pt|patient)|participated in (?:developing|setting|creating|writing|choosing|identifying)|(?:with|per|based on|using|from|incorporating|reflecting) (?:the )?(?:client|clt|pt|patient|her|his|their|family|couple)(?:'s)? (?:input|priorities|preferences|wishes|ideas|suggestions|values)|client-centred|client-centered`, note: 'the client took part' },
  { pattern: String.raw`agree(?:d|s|ing|ment)?|together|collaborat\w*|jointly|mutual(?:ly)?|shared decision|negotiated|co-?created|co-?written`, note: 'joint decision' },
  { pattern: String.raw`(?:chose|choose|chosen|choice|picked|selected|prioriti[sz]ed|ranked|decided)`, note: 'the client chose' },
  { pattern: String.raw`(?:named|identified|set|proposed|suggested|raised|wrote) (?:[\w-]+ ){0,3}?(?:herself|himself|themselves|themself)|(?:her|his|their|(?:the )?client'?s|cl'?s|pt'?s|patient'?s) own (?:goals?|aims?|targets?|words|priorities|choice)`, note: 'the client named it' },
  { pattern: String.raw`in (?:her|his|their|the client'?s|cl'?s|clt'?s|pt'?s|[A-Z]\.'?s) (?:own )?words|client-(?:identified|led|chosen|generated)|(?:client|clt|cl|ct|pt|patient)(?:'s)? (?:identified|chose|named|wants|asked|requested|prefers|preferred)`, note: 'in the client’s words' },
  { pattern: String.raw`(?:she|he|they|client|cl|clt|pt)(?: (?:wants?|wanted|would like|hopes?|asked|requested|prefers?)|'d like)`, note: 'the client’s wish' },
  { pattern: String.raw`per (?:client|cl|pt|patient|her|his|their)(?:'s)? (?:request|preference|choice|wish)|at (?:her|his|their|client'?s) request|with (?:her|his|their|the client'?s) input`, note: 'the client’s request' },
  { pattern: String.raw`(?:client|clt|cl|ct|pt|patient)(?:'s|s'|’s)? (?:own )?(?:words|wording|phrasing|language)|(?:her|his|their) (?:own )?(?:wording|phrasing)`, note: 'the goal written in the client’s words (a label naming the client’s words)' },
]);

export const therapistOnlyGoals = entries('therapist-only-goal', [
  { pattern: String.raw`(?:set|chosen|decided|determined|assigned|written) by (?:writer|the writer|therapist|the therapist|clinician|the clinician|me|T)`, note: 'goal set by the therapist alone', },
  { pattern: String.raw`\((?:clinician|therapist|writer|T)\)|(?:T|I|I've|I have|therapist|writer|clinician) (?:set|assigned|decided|determined|chose|prescribed)`, note: 'goal set by the therapist alone' },
  { pattern: String.raw`(?:client|cl|pt|patient|couple) (?:was|were) (?:told|instructed)|instructed (?:client|cl|pt|patient|her|him|them) to|(?:client|cl|pt|patient) (?:must|needs to|is required to)`, note: 'unilateral framing' },
  { pattern: String.raw`per (?:the )?(?:court(?: order)?|probation|parole|(?:the )?referr(?:er|al)|employer|occupational health|protocol|policy|mandate|insurer|funder|service (?:protocol|policy|requirements?))|(?:court|probation|parole|employer|school|insurer|insurance|funder)[- ](?:ordered|mandated|required|set|imposed|specified)|as (?:required|mandated|ordered|specified|set) by (?:the )?(?:court|probation|parole|employer|insurer|funder|service|referrer)`, note: 'goal set by a court, referrer or service, with no sign of the client’s input' },
]);
