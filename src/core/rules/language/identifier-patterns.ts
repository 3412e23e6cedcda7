// Direct identifiers that a pattern can find in free text (HIPAA Safe Harbor, 45 CFR
// 164.514(b)(2); DOMAIN.md §6): the regex tier that Presidio and Philter also start from. A
// value counts only where it is a value: a number with the shape of a phone or an SSN, a date
// next to "DOB" or "born", a number next to "MRN" or "member ID". Scores, CPT codes, session
// dates and times have none of these shapes or contexts.

export type IdentifierKind =
  | 'email'
  | 'url'
  | 'ip'
  | 'ssn'
  | 'record'
  | 'dob'
  | 'phone'
  | 'fax'
  | 'address'
  | 'zip'
  | 'age';

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  /** The placeholder a de-identified note uses instead. */
  placeholder: string;
}

/** What each kind is called in a message, and the placeholder that replaces it. */
export const IDENTIFIER_KINDS: Record<IdentifierKind, { name: string; placeholder: string }> = {
  email: { name: 'An email address', placeholder: '[email]' },
  url: { name: 'A URL', placeholder: '[URL]' },
  ip: { name: 'An IP address', placeholder: '[IP address]' },
  ssn: { name: 'A Social Security or other national ID number', placeholder: '[SSN]' },
  record: { name: 'A record, member or account number', placeholder: '[record number]' },
  dob: { name: 'A date of birth', placeholder: '[date of birth]' },
  phone: { name: 'A phone number', placeholder: '[phone]' },
  fax: { name: 'A fax number', placeholder: '[fax]' },
  address: { name: 'A street address', placeholder: '[address]' },
  zip: { name: 'A ZIP or postal code', placeholder: '[ZIP]' },
  age: { name: 'An age over 89', placeholder: '[age 90+]' },
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// A date with a day and a month (the year is the one date element Safe Harbor keeps).
const DATE =
  String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}/\d{1,2}(?![\d/])|` +
  String.raw`${MONTH}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?(?!\d)|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH}\.?(?:,?[ \t]+\d{4})?(?!\d))`;
// With the labels of the other languages notes are written in ("Geb. 14.09.2005", "Fecha de nacimiento: …").
const BIRTH_CONTEXT =
  String.raw`(?:\bD\.?O\.?B\.?|\bb\.(?=[ \t]*\d)|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t-]?date|\bbirthday|\bborn|\bgeb\.|\bgeburtsdatum|\bfecha[ \t]+de[ \t]+nacimiento|\bdate[ \t]+de[ \t]+naissance|\bdata[ \t]+di[ \t]+nascita|\bdata[ \t]+de[ \t]+nascimento)`;
const DOB = new RegExp(
  String.raw`${BIRTH_CONTEXT}(?:[ \t]*(?:[:=#-]|\*{1,2}|_{1,2}|is|was|on|of|as|listed as|given as|recorded as|confirmed as|given|listed|recorded))*[ \t]*(${DATE})`,
  'gi',
);
// A birth label with a short qualifying phrase before its colon ("Donor's DOB for the consent form: 14/03/1995", "DOB (as on
// passport): 2/9/1988"): no digit, full stop or line break in the phrase.
const DOB_QUALIFIED = new RegExp(String.raw`${BIRTH_CONTEXT}(?:[ \t]+(?:\([^()\n\d]{1,40}\)|[A-Za-z'’-]+)){1,7}?[ \t]*:[ \t]*(?:\*{1,2}[ \t]*)?(${DATE})`, 'gi');
// A full date of birth later in the birth label's own clause, a few words on ("DOB on the referral form is 14/03/1979", "her date
// of birth, 3 March 1994, was needed", "corrected his date of birth on our form to 21/06/1984"): only a date with its year, and
// no word on the way that makes it another date (a letter dated, an appointment, a session, a deadline).
const FULL_DATE =
  String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)|${MONTH}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}(?!\d)|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH}\.?,?[ \t]+\d{4}(?!\d))`;
const BIRTH_LABEL = String.raw`(?:\bD\.?O\.?B\b\.?|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t-]?date)`;
const OTHER_DATE_WORD = String.raw`(?:dated|signed|sent|received|issued|expir\w*|due|next|appt|appointment|sessions?|seen|until|since|from|and|but|then|deadline|hearing|meeting|review)`;
const DOB_LATER = new RegExp(
  String.raw`${BIRTH_LABEL}(?:[ \t]*[,(—–-]?[ \t]+(?!${OTHER_DATE_WORD}\b)[A-Za-z'’]+){0,8}?[ \t]*[,(:—–-]?[ \t]*(${FULL_DATE})`,
  'gi',
);
// "born prematurely on 3/4/2019", "born at home on …": after "born", a few words may come before the date.
const BORN = new RegExp(String.raw`\bborn(?:[ \t]+(?!(?:next|appt|appointment|session|visit|seen)\b)[A-Za-z'’-]+,?){1,4}?[ \t]+(${DATE})`, 'gi');

const EMAIL = /(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
const URL_PATTERN =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>()"'`\]]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|us|uk|info|me|app|health|ly)\/[^\s<>()"'`\]]*/gi;
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/g;
const IPV6 = /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}[0-9a-f]{0,4}|::(?:ffff:)?[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){1,6})(?![\w:])/gi;
const SSN = /(?<![\w–-])\d{3}([-–])\d{2}\1\d{4}(?![\w–-])/g;
// Other countries' national numbers named as such: a Canadian SIN / Québec NAS (3-3-3), a UK National Insurance or NHS
// number, an Irish PPS number, an Australian TFN or Medicare number. A label names them; the digits alone could be anything.
const NATIONAL_ID = /\b(?:SIN|NAS|NIN|NINO|NI (?:number|no\.?)|national insurance(?: number| no\.?)?|social insurance(?: number| no\.?)?|NHS (?:number|no\.?)|PPSN?(?: number| no\.?)?|TFN|medicare(?: number| no\.?)?)[ \t]*(?:[:#]|is|was|no\.?)?[ \t]*(\d{3}[- \t]?\d{3}[- \t]?\d{3,4}|[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]|\d{7}[A-Z]{1,2})(?![\w-])/g;
const SSN_CONTEXT = /\b(?:SSN|SS#|SS no\.?|social security(?: number| no\.?| #)?)[ \t]*(?:[:#]|is|was|no\.?)?[ \t]*(\d{3}[ \t]?\d{2}[ \t]?\d{4}|\d{9})(?!\d)/gi;

// Record, plan and account numbers are site-specific: a context word, then a value with digits.
const RECORD_CONTEXT =
  String.raw`(?:\bMRN|\bmed(?:ical)?[ \t]+rec(?:ord)?(?:[ \t]+(?:no\.?|number|#))?|\b(?:record|chart|member|subscriber|policy|group|account|acct|insurance|medicaid|medicare|health[ \t]+plan|beneficiary|licen[cs]e|driver'?s[ \t]+licen[cs]e|passport|case|claim|serial|device|plate|vin|nhs|patient)[ \t]*(?:id|no\.?|number|num|#)|\bMBI|\bVIN|\blicen[cs]e[ \t]+plate)`;
const RECORD = new RegExp(
  String.raw`${RECORD_CONTEXT}[ \t]*(?:[:#=]|is|was|no\.?)?[ \t]*(?:[:#][ \t]*)?(?:(?:\*{1,2}|_{1,2})[ \t]*)?((?=[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])(?![\w-])`,
  'gi',
);

const PHONE_SHAPES = [
  // (555) 555-0187, +1 (555) 555-0187
  String.raw`(?:\+?1[ .–-]?)?\(\d{3}\)[ .–-]?\d{3}[ .–-]\d{4}`,
  // 555-555-0187, 555.555.0187, 555 555 0187, +1-555-555-0187
  String.raw`(?:\+?1[ .–-])?\d{3}([.–-]|[ ])\d{3}\1\d{4}`,
  // +44 20 7946 0958 and other international numbers written with a plus
  String.raw`\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}`,
  // 555-0164: a seven-digit local number, hyphenated
  String.raw`\d{3}[-–]\d{4}`,
];
const PHONE = new RegExp(String.raw`(?<![\w.+/–-])(?:${PHONE_SHAPES.join('|')})(?![\w/]|[.–-]\d)`, 'g');
// Any run of 7–15 digits, when a phone word comes just before it ("mobile 07700 900123").
const PHONE_CONTEXT = /\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|mob|fax|text|texts|call|calls|number|no|contact|landline|whatsapp|pager)\b\.?[ \t]*(?:#|:|is|number|no\.?|at|on|to)?[ \t]*(?:[:#][ \t]*)?(\+?\(?\d[\d ().-]{5,}\d)(?![\w/])/gi;
// The phone word a few words before the number, then "is" or a colon ("a new number for the aftercare line: 07700 555 0163", "new
// number for her is 0412 555 0163"): no digit or sentence end on the way.
const PHONE_LATER = /\b(?:phone|mobile|cell|number|tel|telephone|landline|whatsapp)\b[^\n.;:\d]{1,40}?(?::|\bis\b)[ \t]*(\+?\(?\d[\d ().-]{5,}\d)(?![\w/])/gi;
const NOT_A_PHONE_NUMBER = /\b(?:NHS|NI|national insurance|social security|record|case|member|policy|account|claim|student|staff|employee|payroll|ID|reference|ref|insurance|serial|licen[cs]e|passport|plate|registration|tracking|order|invoice|booking|room|bed|ward|flat|house|bus|badge|pin)\s*$/i;
const FAX_NEAR = /\bfax\b[^\n]{0,24}$/i;
const UNIT_AFTER = /^[ \t]*(?:%|mg|mcg|ml|g|kg|lbs?|steps|words|calories|kcal|feet|ft|km|miles|mi|points|pts|hours|hrs|minutes|mins)\b/i;

const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Row|Way|Boulevard|Blvd|Place|Pl|Terrace|Ter|Close|Crescent|Cres|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Gardens|Grove|Mews|Walk|Hill|Heights|Alley|Loop|Plaza|Pike|Turnpike|Esplanade|Parade|Rise|Vale|Wharf|Quay|Crossing|Commons|Landing|Wynd|Brae|Brow|Drove|Fold|Croft|Chase|Cottages|Yard|Gate|Green|Bank)';
// Where the street's kind comes first (Welsh, French, Spanish, Italian, Portuguese, Catalan): "7 Heol y Garth", "12 rue des Lilas",
// with the kinds of lane, way and walk these languages have ("14 Callejón del Pozo", "3 Chemin des Vignes", "9 Travessa da Fé").
const STREET_PREFIX =
  '(?:Heol|Ffordd|Stryd|Lôn|Rue|rue|Calle|Callejón|Callejon|Camino|Paseo|Carretera|Calzada|Cerrada|Privada|Andador|Travesía|Travesia|Ronda|Avenida|Av\\.|Via|Viale|Vicolo|Corso|Rua|Travessa|Estrada|Alameda|Strada|Carrer|Avinguda|Passeig|Plaça|Plaza|Chemin|Allée|Impasse)';
const ADDRESS_TYPE_FIRST = new RegExp(
  String.raw`(?<![\w/.-])\d{1,5}[A-Za-z]?,?[ \t]+${STREET_PREFIX}[ \t]+(?:(?:y|yr|de las|de los|de la|del|de|des|du|di|da|do|dos|das|la|le|les|l')[ \t]*)?[A-ZÀ-Ý][\p{L}'’-]+(?:[ \t]+[A-ZÀ-Ý][\p{L}'’-]+){0,2}(?:,[ \t]*[A-ZÀ-Ý][\p{L}'’-]+(?:[ \t]+[A-ZÀ-Ý][\p{L}'’-]+){0,2})?`,
  'gu',
);
// The street's kind first and its number after the name, as Portuguese, Spanish and Italian addresses are written ("Rua do
// Imbondeiro 23", "Calle Mayor 5, 2º", "Via Roma 12"): a capitalised name, then the door number, then an optional comma and place.
const ADDRESS_TYPE_FIRST_NUMBER_AFTER = new RegExp(
  String.raw`(?<![\w/.-])(?:Rua|Avenida|Av\.|Calle|Carrer|Avinguda|Travessa|Praça|Plaza|Plaça|Paseo|Camino|Carretera|Via(?![ \t]+(?:Zoom|Teams|Skype|WhatsApp|Signal|FaceTime|Facetime|Attend|Phone|Text|Email|E-mail|Video|Webex|Google|Microsoft|MS)\b)|Viale|Strada|Corso|Vicolo|Piazza|Piazzale|Estrada|Alameda)[ \t]+(?:(?:de|del|de la|de los|de las|do|da|dos|das|di|della|delle|dei|degli|du|des)[ \t]+)?[A-ZÀ-Ý][\p{L}'’-]+(?:[ \t]+(?:(?:de|del|do|da|dos|das|di|della)[ \t]+)?[A-ZÀ-Ý][\p{L}'’-]+){0,3},?[ \t]+(?:n\.?[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?![\w/:.,]\d|\w|[ \t]*(?:x\b|×|%|times?\b|mins?\b|minutes\b|hours?\b|hrs?\b|sessions?\b|days?\b|weeks?\b|wks?\b|months?\b|years?\b|people\b|calls?\b|messages?\b|texts?\b|am\b|pm\b|[-–]\d))(?:,[ \t]*[A-ZÀ-Ý][\p{L}'’-]+(?:[ \t]+[A-ZÀ-Ý][\p{L}'’-]+){0,2})?`,
  'gu',
);
// A British postcode after the place ("Hollinbeck HB4 7QZ"), so the placeholder takes all of it, not the place and half a code.
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}(?![\w])`;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const ADDRESS = new RegExp(
  String.raw`(?<![\w/.-])(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]*[A-Za-z0-9-]+,?[ \t]+)?\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?:[ \t]+(?:[NSEW]\.?|North|South|East|West))?((?:[ \t]+[A-Z][A-Za-z'’.-]*){1,4})[ \t]+${STREET_SUFFIX}\.?(?![\w-])` +
    String.raw`(?:,?[ \t]+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.?[ \t]*[A-Za-z0-9-]+)?` +
    String.raw`(?:,[ \t]*[A-Z][A-Za-z'’-]+(?![\w])(?:[ \t]+[A-Z][A-Za-z'’-]+(?![\w])){0,2}(?![ \t]*[a-z]))?` +
    String.raw`(?:,?[ \t]+(?:${US_STATES})[ \t]+\d{5}(?:-\d{4})?(?!\d)|,?[ \t]+${UK_POSTCODE})?`,
  'g',
);
// A plot, stand, lot or house number set off by a comma before the street ("Plot 27, Mapalo Close", "House No. 9, Ridge Road"), as
// addresses are written where plots are numbered rather than doors.
const ADDRESS_PLOT = new RegExp(
  String.raw`\b(?:Plot|Stand|Lot|Erf|House|Block|Flat|Unit)(?:[ \t]+No\.?)?[ \t]*\d{1,6}[A-Za-z]?,[ \t]*((?:[A-Z][A-Za-z'’.-]*[ \t]+){1,4})${STREET_SUFFIX}\.?(?![\w-])(?:,[ \t]*[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}(?![ \t]*[a-z]))?`,
  'g',
);
// Capitalised words before a street suffix that name an institution, not a street ("2 Family Court hearings").
const NOT_A_STREET = /\b(?:Family|Supreme|District|County|Crown|Juvenile|Magistrates'?|High|Small|Claims|Drug|Youth|Probate|Housing|Federal|Circuit|Superior|Municipal|Appeals|Mental|Health|Tennis|Food|Session|Sessions|Step|Steps|Week|Weeks|Day|Days)\b/;
// A date's shortened month before the capitalised word ("held 3 Nov. Bank agreed …"): the day of a month and a new sentence.
const SHORT_MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./;
// Where the number follows the street (Central and Northern Europe): "Lipov trg 7", "Hauptstraße 12", "Kerkstraat 4".
const ADDRESS_NUMBER_AFTER = new RegExp(
  String.raw`(?<![\w/.-])(?:[A-ZÀ-Ý][\p{L}'’-]+[ \t]+(?:trg|ulica|ul\.|cesta|ulice|náměstí|utca|tér|gatan|vägen|gata|vej|gade|straße|strasse|gasse|weg|straat|laan|plein|platz|allee)|[A-ZÀ-Ý][\p{L}'’-]*(?:straße|strasse|gasse|straat|laan|gatan|vägen|gata|vej|gade|weg|platz|allee|utca))[ \t]+\d{1,5}[A-Za-z]?(?![\w/])(?:,[ \t]*(?:\d{4,5}[ \t]+)?[A-ZÀ-Ý][\p{L}'’-]+(?:[ \t]+[A-ZÀ-Ý][\p{L}'’-]+){0,2})?`,
  'gu',
);
// A value under an address label, in whatever country's form, when it holds a number ("Address for correspondence (not the
// hospital): …"). Not an e-mail, web or IP address, which have their own kinds.
const ADDRESS_LABELLED = /(?<!\b(?:e-?mail|IP|web|URL|MAC)[ \t]?)\b(?:home[ \t]+|postal[ \t]+|correspondence[ \t]+|current[ \t]+|new[ \t]+)?address(?:[ \t]+for[ \t]+\w+)?(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*:[ \t]*([^\n.;]*\d[^\n.;]*)/gi;
// An address read from what the note says of where someone lives, stays or is to be written to, in any country's form: a verb of
// living, staying or moving and then "at" or "to" (or "address … is"), then either a door number and a name followed by a comma
// and a place ("lives with her mother at 14 Cnoc na Mara, Baile Ùr", "lodging at 27 Cobbler's Wynd, Pennock Reach") or a name, a
// door number and a comma ("lives at Hlavná 14, 059 99 Brezovec"). The comma and place are what make it an address and not "moved
// to 3 sessions"; a ward, a school year, a stage or a time is not a place anyone lives.
const NOT_A_PLACE =
  String.raw`(?:${MONTH}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\p{L}+days?|Ward|Bed|Bay|Room|Level|Floor|Year|Grade|Stage|Step|Steps|Weeks?|Phase|Module|Sessions?|Tier|Band|Class|Group|Team|Set|Cohort|Hours?|Minutes?|Mins?|AM|PM|North|South|East|West)`;
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const ADDRESS_WHERE_LIVING = new RegExp(
  String.raw`(?:\b(?:[Ll](?:ives?|iving|ived)|[Rr]esid(?:es?|ing)|[Ss]tay(?:s|ing)?|[Ll]odg(?:es|ing)|[Mm]ov(?:ed|ing|es?)|[Ll]etters?[ \t]+(?:go|to[ \t]+go|sent|be[ \t]+sent))\b[^\n.;:!?]{0,50}?[ \t](?:at|to)|\b[Aa]ddress\b[^\n.;:!?]{0,40}?[ \t](?:is|was|at|to))[ \t]+(` +
    String.raw`(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?,?[ \t]+(?!${NOT_A_PLACE}\b)${PLACE_WORD}(?:[ \t]+[\p{L}\d'’-]+){0,3}?,[ \t]*(?!${NOT_A_PLACE}\b)${PLACE_WORD}(?:[ \t]+${PLACE_WORD}){0,2}(?:,?[ \t]+${UK_POSTCODE})?` +
    String.raw`|(?!${NOT_A_PLACE}\b)\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,3}?[ \t]+\d{1,5}[A-Za-z]?,[ \t]*(?:\d{3,5}(?:[ \t]\d{2})?[ \t]+)?(?!${NOT_A_PLACE}\b)${PLACE_WORD}(?:[ \t]+${PLACE_WORD}){0,2})`,
  'gu',
);
const PO_BOX = /\b(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box)[ \t]*#?[ \t]*\d+/gi;
const ZIP_CONTEXT = /\b(?:zip(?:[ \t]*code)?|postal[ \t]+code|post[ \t]?code)[ \t]*(?:[:#]|is)?[ \t]*(\d{5}(?:-\d{4})?(?!\d)|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b)/gi;
const STATE_ZIP = new RegExp(String.raw`,[ \t]*(?:${US_STATES})[ \t]+(\d{5}(?:-\d{4})?)(?!\d)`, 'g');
// Ages over 89 are identifiers under Safe Harbor; "90+" is the aggregate a note may keep.
const AGE = /\b(?:(?:9\d|1[01]\d)[- ](?:year|yr)s?[- ]old|(?:9\d|1[01]\d)[ \t]?(?:y\/o|yo|y\.o\.)|(?:age[ds]?|aged)[ \t]+(?:9\d|1[01]\d)(?![\d+]))(?![\w+])/gi;

// What every match of a pattern holds, found in one quick search: a note without it is not scanned
// with the pattern at all (most notes hold none of these identifiers, and each full scan costs).
// Each is a necessary condition read from the pattern beside it, with the same case rule.
export const WORTH_SCANNING: ReadonlyMap<RegExp, RegExp> = new Map<RegExp, RegExp>([
  [EMAIL, /@/],
  // "://" or "www." (a scheme or a host), or a known domain's ending and the "/" after it.
  [URL_PATTERN, /:\/\/|www\.|\.(?:com|org|net|edu|gov|io|co|us|uk|info|me|app|health|ly)\//i],
  // Two hex groups joined by a colon, or the "::" of a shortened address.
  [IPV6, /[0-9a-f]:[0-9a-f]|::/i],
  [SSN_CONTEXT, /ssn|ss#|ss no|social security/i],
  [NATIONAL_ID, /SIN|NAS|NI|national insurance|social insurance|NHS|PPS|TFN|medicare/],
  [DOB, /d\.?o\.?b|b\.|birth|born|geburt|nacimiento|naissance|nascita|nascimento/i],
  [DOB_QUALIFIED, /d\.?o\.?b|b\.|birth|born|geburt|nacimiento|naissance|nascita|nascimento/i],
  [DOB_LATER, /d\.?o\.?b|birth/i],
  [BORN, /born/i],
  [PO_BOX, /box/i],
  [ADDRESS_TYPE_FIRST, new RegExp(STREET_PREFIX, 'u')],
  [ADDRESS_TYPE_FIRST_NUMBER_AFTER, /Rua|Avenida|Av\.|Calle|Carrer|Avinguda|Travessa|Praça|Plaza|Plaça|Paseo|Camino|Carretera|Via|Strada|Corso|Vicolo|Piazza|Estrada|Alameda/u],
  [ADDRESS_NUMBER_AFTER, /trg|ulica|ul\.|cesta|ulice|náměstí|utca|tér|gatan|vägen|gata|vej|gade|straße|strasse|gasse|weg|straat|laan|plein|platz|allee/u],
  [ADDRESS_LABELLED, /address/i],
  [ADDRESS_WHERE_LIVING, /liv|resid|stay|lodg|mov|letter|address/i],
  [ZIP_CONTEXT, /zip|post/i],
  [STATE_ZIP, /\d{5}/],
  // An age over 89: 9x or 1[01]x in every form.
  [AGE, /9\d|1[01]\d/],
  [PHONE_LATER, /phone|mobile|cell|number|tel|landline|whatsapp/i],
]);

function trimUrl(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)\]'"]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * "born 6/52 ago", "born 3/12 ago": the clinical shorthand for six weeks and three months (over 52 weeks, 12 months, 7 days), not a
 * day and a month. Read as such when the second number is past any day of a month, or "ago" or "post" follows.
 */
function isWeeksOrMonthsAgo(text: string, start: number, end: number): boolean {
  const shorthand = /^\d{1,2}\/(\d{1,2})$/.exec(text.slice(start, end));
  return shorthand !== null && (Number(shorthand[1]) > 31 || /^[ \t]*(?:ago|post)\b/i.test(text.slice(end, end + 8)));
}

function digitCount(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

/** Every identifier in `text`, one per value, earlier and more specific kinds first where two overlap. */
export function findIdentifiers(text: string): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  const add = (kind: IdentifierKind, start: number, end: number): void => {
    if (end <= start) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ kind, start, end, placeholder: IDENTIFIER_KINDS[kind].placeholder });
  };
  const each = (pattern: RegExp, onMatch: (m: RegExpMatchArray) => void): void => {
    if (WORTH_SCANNING.get(pattern)?.test(text) === false) return;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) onMatch(m);
  };
  /** The span of capture group 1 inside a match (its text is found from the match's end backwards). */
  const groupSpan = (m: RegExpMatchArray): [number, number] => {
    const group = m[1]!;
    const at = m.index! + m[0].lastIndexOf(group);
    return [at, at + group.length];
  };

  each(EMAIL, (m) => add('email', m.index!, m.index! + m[0].length));
  each(URL_PATTERN, (m) => add('url', m.index!, trimUrl(text, m.index!, m.index! + m[0].length)));
  each(IPV4, (m) => {
    if (/\b(?:v|version|ver\.?)[ \t]*$/i.test(text.slice(Math.max(0, m.index! - 10), m.index!))) return;
    add('ip', m.index!, m.index! + m[0].length);
  });
  each(IPV6, (m) => {
    // A clock time (10:30:15) has no hex letter and no more than three groups.
    if (!/[a-f]/i.test(m[0]) && m[0].split(':').length <= 3 && !m[0].includes('::')) return;
    add('ip', m.index!, m.index! + m[0].length);
  });
  each(SSN, (m) => add('ssn', m.index!, m.index! + m[0].length));
  each(SSN_CONTEXT, (m) => add('ssn', ...groupSpan(m)));
  each(NATIONAL_ID, (m) => add('ssn', ...groupSpan(m)));
  const dob = (m: RegExpMatchArray): void => {
    const [start, end] = groupSpan(m);
    if (isWeeksOrMonthsAgo(text, start, end)) return;
    add('dob', start, end);
  };
  each(DOB, dob);
  each(BORN, dob);
  each(DOB_QUALIFIED, dob);
  each(DOB_LATER, dob);
  each(RECORD, (m) => add('record', ...groupSpan(m)));
  each(PO_BOX, (m) => add('address', m.index!, m.index! + m[0].length));
  each(ADDRESS, (m) => {
    if (NOT_A_STREET.test(m[1]!) || SHORT_MONTH.test(m[1]!)) return;
    add('address', m.index!, m.index! + m[0].length);
  });
  each(ADDRESS_PLOT, (m) => {
    if (NOT_A_STREET.test(m[1]!)) return;
    add('address', m.index!, m.index! + m[0].length);
  });
  each(ADDRESS_TYPE_FIRST, (m) => add('address', m.index!, m.index! + m[0].length));
  each(ADDRESS_NUMBER_AFTER, (m) => add('address', m.index!, m.index! + m[0].length));
  each(ADDRESS_TYPE_FIRST_NUMBER_AFTER, (m) => add('address', m.index!, m.index! + m[0].length));
  each(ADDRESS_LABELLED, (m) => add('address', ...groupSpan(m)));
  each(ADDRESS_WHERE_LIVING, (m) => add('address', ...groupSpan(m)));
  each(ZIP_CONTEXT, (m) => add('zip', ...groupSpan(m)));
  each(STATE_ZIP, (m) => add('zip', ...groupSpan(m)));
  const phone = (start: number, end: number): void => {
    if (UNIT_AFTER.test(text.slice(end, end + 12))) return;
    if (text[start - 1] === '$') return;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    add(FAX_NEAR.test(text.slice(lineStart, start)) ? 'fax' : 'phone', start, end);
  };
  each(PHONE, (m) => {
    const digits = digitCount(m[0]);
    if (digits < 7 || digits > 15) return;
    phone(m.index!, m.index! + m[0].length);
  });
  /** The digits a phone word points to: seven to fifteen of them, and not a date (a date or a range of times after "call"). */
  const phoneAfterWord = (m: RegExpMatchArray): void => {
    const [start, end] = groupSpan(m);
    const value = text.slice(start, end).replace(/[ .-]+$/, '');
    const digits = digitCount(value);
    if (digits < 7 || digits > 15) return;
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    phone(start, start + value.length);
  };
  each(PHONE_CONTEXT, phoneAfterWord);
  each(PHONE_LATER, (m) => {
    // Another kind of number named by the word before it ("NHS number for the form: …", "case number is …").
    if (/^number/i.test(m[0]) && NOT_A_PHONE_NUMBER.test(text.slice(Math.max(0, m.index! - 24), m.index!))) return;
    phoneAfterWord(m);
  });
  each(AGE, (m) => add('age', m.index!, m.index! + m[0].length));
  return found.sort((a, b) => a.start - b.start);
}
