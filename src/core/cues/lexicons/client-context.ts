import { entries } from '../lexicon.js';

// Client characteristics the APA responsiveness task force links to adapting therapy (Norcross &
// Wampold 2018; DOMAIN.md §1.3 and (b)): culture, preferences, attachment, religion/spirituality,
// gender identity, sexual orientation. Recording the answer ("not religious") counts as
// considering it; demographics (age, job, household) do not.
export const clientContext = entries('client-context', [
  // Culture, ethnicity, language
  { pattern: String.raw`cultur(?:e|al|ally)|ethnic(?:ity)?|heritage|race|racial|racialised|racialized|immigra(?:nt|nts|ted|tion)|refugee|(?:first|second|third)[- ]generation|acculturat\w*|country of origin|(?:first|native|home|preferred|primary) language|bilingual|interpreter|diaspora|indigenous|caste`, note: 'culture (Soto et al. 2018)' },
  { pattern: String.raw`(?:Mexican|Chinese|Korean|Japanese|Indian|Filipino|Vietnamese|Irish|Italian|Polish|Cuban|Puerto Rican|Dominican|Salvadoran|Guatemalan|Haitian|Jamaican|Nigerian|Ghanaian|Somali|Ethiopian|Eritrean|Pakistani|Bangladeshi|Sri Lankan|Greek|Turkish|Iranian|Persian|Lebanese|Syrian|Iraqi|Afghan|Palestinian|Israeli|Jewish|Muslim|Sikh|Hindu|Taiwanese|Hmong|Cambodian|Laotian|Thai|Samoan|Tongan|Fijian|Maori|Māori|Ukrainian|Russian|Brazilian|Colombian|Venezuelan|Peruvian|Chilean|Argentinian|Argentine|Portuguese|Spanish|German|French|Dutch|Scottish|Welsh|English|Kenyan|Ugandan|Zimbabwean|South African|Egyptian|Moroccan|Algerian|Yemeni|Sudanese|Congolese|Trinidadian|Guyanese|Korean) (?:American|British|Canadian|Australian)|(?:African|Asian|Latin[oax]?|Hispanic|Arab|Caribbean|Pacific Islander|Native|Black|White) (?:American|British|Canadian|heritage|descent|background|family|community)|Latin[oax]|Hispanic|Māori|Maori|Aboriginal`, note: 'culture (Soto et al. 2018)', caseSensitive: true },
  // Religion and spirituality
  { pattern: String.raw`religio(?:n|us|sity)|spiritual(?:ity)?|faith|church|mosque|synagogue|temple|prayer|prays?|pray(?:ed|ing)|Muslim|Christian|Catholic|Protestant|Presbyterian|Baptist|Methodist|Jewish|Hindu|Buddhist|Sikh|atheist|agnostic|secular`, note: 'religion/spirituality (Captari et al. 2018)' },
  // Preferences for therapy
  { pattern: String.raw`prefer(?:s|red|ring|ence|ences)? (?:(?:a|an|the|to|not to|for|that|more|less|her|his|their|female|male|women|men|direct|practical|structured|gentle|slow|slower|brief|short|talking|working|CBT|DBT|EMDR|ACT|skills?|homework|worksheets?|a female|a male|to be called)\b)|(?:treatment|therapy|therapist|session|cultural|religious) preferences?|would (?:rather|like (?:it|sessions|therapy|the work|us|to (?:talk|work|focus|use|have|start|try|keep|be)))|wants? (?:sessions|therapy|the work|a (?:male|female|structured|practical)|it to be|us to)|asked (?:not )?to be|(?:more|less) (?:structure|structured|directive|practical)|(?:structured|skills-based|practical|directive|non-directive) approach`, note: 'preferences for therapy (Swift et al. 2018)' },
  // Attachment and relational style
  { pattern: String.raw`attachment|relational (?:style|pattern)|fear(?:s)? (?:of )?(?:abandonment|rejection|being left)|(?:worr(?:y|ies|ying|ied)|afraid|scared|fears?) (?:that )?(?:people|others|partners?|friends|someone|they) (?:will|would|might) (?:leave|abandon|reject)|(?:trusts?|trusting) (?:others|people) (?:easily|slowly)|anxious(?:ly)? attached|avoidant(?:ly)? attached|securely attached|clingy`, note: 'attachment style (Levy et al. 2018)' },
  // Gender identity
  { pattern: String.raw`pronouns?|(?:uses|use|prefers) (?:she/her|he/him|they/them|ze/zir|xe/xem)|she/her|he/him|they/them|non-?binary|genderqueer|gender[- ](?:identity|fluid|diverse|expansive|non-?conforming)|trans(?:gender)?(?: (?:man|woman|woman|person))?|cis(?:gender)?|(?:gender|social|medical) transition|assigned (?:female|male) at birth|AFAB|AMAB`, note: 'gender identity (Budge & Moradi 2018)' },
  // Sexual orientation
  { pattern: String.raw`sexual(?:ity| orientation)|gay|lesbian|bisexual|pansexual|asexual|queer|LGBTQ?I?A?\+?|LGBQ\+?|heterosexual|same-sex|came out|coming out|(?:is|isn't|not|being|came) out (?:to|at)|closeted`, note: 'sexual orientation (Moradi & Budge 2018)' },
]);
