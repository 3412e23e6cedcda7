import { entries } from '../lexicon.js';
import { RELATIONAL_OBJECT } from './words.js';

// Repair steps, done in the session or planned (Eubanks, Muran & Safran 2018; CAFT resolution
// strategies; Eubanks, Burckell & Goldfried 2018; DOMAIN.md §2.3). Immediate strategies
// re-establish collaboration (rationale, changing the task, clarifying); exploratory ones open the
// rupture up (naming it, inviting the client's reactions, owning one's part, validating).
// Exploring the client's interests, psychoeducation and carrying on with the task are not repair.
export const repairSteps = entries('repair-step', [
  // Immediate
  { pattern: String.raw`(?:gave|give|giving|provided|provide|offered|offer|explained|explain|went through|go through|going through|revisited|revisit) (?:a |the |my |our |more of the )?(?:rationale|reasons? (?:for|behind)|thinking behind)`, note: 'CAFT immediate: providing a rationale' },
  { pattern: String.raw`clarif(?:ied|y|ying) (?:the |a |what I meant|my )(?:misunderstanding|intention|meaning|point)?`, note: 'CAFT immediate: clarifying a misunderstanding' },
  { pattern: String.raw`(?:changed|change|changing|adjusted|adjust|modified|modify|renegotiated|renegotiate|revised|revise|slowed|slow|switched|switch|shifted) (?:the |our |my )?(?:task|goal|pace|approach|course|focus|agenda|plan|exercise|direction|tack)`, note: 'CAFT immediate: changing the task or goal' },
  { pattern: String.raw`changed course|(?:slowed|slow) (?:things|it) down|took a step back|backed off`, note: 'CAFT immediate: changing the task or goal' },
  // Exploratory: naming and inviting
  { pattern: String.raw`(?:named|name|naming|noted|noticed aloud|pointed out|observed aloud|reflected) (?:the |this |that |how |what )?(?:shift|rupture|tension|strain|withdrawal|moment|dynamic|distance|pattern|change|pull(?:ing)? away|he moved|she moved|they moved|(?:she|he|they) (?:went|had gone) quiet)`, note: 'CAFT exploratory: recognising the rupture (metacommunication)' },
  { pattern: String.raw`(?:asked|ask|asking|invited|invite|inviting|explored|explore|exploring|wondered aloud|checked|check) (?:her |him |them |cl |pt |client )?(?:about |what |how |whether |if )?(?:was happening|had happened|happened|it was like|it felt|it had felt|it feels|she felt|he felt|they felt|she feels|he feels|they feel|(?:she|he|they) (?:was|were) feeling|(?:her|his|their) (?:reactions?|experience|frustration|anger|feelings|concerns?|disappointment)|would (?:have )?(?:made|make|help)|could (?:have )?(?:been|help))`, note: 'CAFT exploratory: inviting the client to explore the rupture' },
  { pattern: String.raw`(?:asked|ask|asking|invited|explored|explore|check(?:ed)? in|discuss(?:ed)?|talk(?:ed)? about) [^.;]{0,60}?${RELATIONAL_OBJECT}`, note: 'CAFT exploratory: inviting talk about the relationship or the session' },
  { pattern: String.raw`(?:discussed|explored|talked about|processed) (?:what happened|the rupture|the tension|the strain|(?:her|his|their) (?:frustration|anger|disappointment|reaction) (?:with|about|toward|towards) (?:me|therapy|the session|our work|the (?:exercise|homework|task|plan|exposure)))`, note: 'CAFT exploratory: exploring the rupture' },
  { pattern: String.raw`(?:immediacy|metacommunicat\w+|meta-communicat\w+|alliance repair|rupture repair|repair(?:ed)? the rupture)`, note: 'CAFT exploratory: metacommunication' },
  // Exploratory: owning one's part, apologising, validating
  { pattern: String.raw`(?:acknowledged|acknowledge|acknowledging|owned|own|owning|admitted|recognised|recognized) (?:that )?(?:I|my|it was (?:on )?me|the (?:late )?cancell?ation|(?:my|our) (?:part|contribution|mistake|error)|that I)`, note: 'CAFT exploratory: acknowledging the therapist’s contribution' },
  { pattern: String.raw`(?:took|take|taking) responsibility|(?:was|is) on me|my (?:part|contribution|mistake) in`, note: 'CAFT exploratory: acknowledging the therapist’s contribution' },
  { pattern: String.raw`(?:I |T )?apologi[sz](?:ed|e|es|ing) (?:for|to)|(?:I|T) apologi[sz]ed`, note: 'CAFT exploratory: apologising', },
  { pattern: String.raw`validat(?:ed|e|es|ing)|normali[sz](?:ed|e|es|ing)|(?:said|told (?:her|him|them)|reflected) (?:that )?(?:her|his|their|the) (?:frustration|anger|concern|reluctance|hesitation|doubt|worry|reaction|feelings?)(?: [^.;,]{0,30}?)? (?:made|makes|was|is) (?:sense|understandable|valid)`, note: 'CAFT exploratory: validating the client’s experience' },
  { pattern: String.raw`(?:made|makes) sense (?:given|that|to me)|(?:affirmed|accepted) that (?:slowing|pausing|stopping)`, note: 'CAFT exploratory: validating the client’s defensive posture' },
  { pattern: String.raw`thank(?:ed|s)? (?:her|him|them|cl|pt|the client) for (?:telling|raising|saying|naming|being|bringing|voicing|letting)`, note: 'CAFT exploratory: welcoming the negative feeling' },
  { pattern: String.raw`(?:we )?(?:agreed|agree) (?:that )?(?:she|he|they|cl|pt) (?:can|could|would|will) (?:tell|signal|let) me|(?:agreed|agree) to (?:come back|return) to (?:it|this|that)|(?:didn't|did not|don't|do not) have to (?:go into|talk about|discuss) (?:it|this|that)|(?:didn't|did not|won't|will not) (?:press|push)(?: (?:her|him|them|it))?|pause agreement`, note: 'CAFT exploratory: letting the client set the pace' },
  // Linking to patterns
  { pattern: String.raw`(?:linked|link|linking|connected|connect|connecting|related) (?:this|it|the \w+|(?:her|his|their) (?:withdrawal|silence|anger|frustration|reaction)) (?:here )?to (?:(?:her|his|their) )?(?:pattern|relationships?|fear|experience|history)`, note: 'CAFT exploratory: linking to patterns' },
]);
