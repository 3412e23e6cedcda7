// Rupture misses of the fortieth and forty-first blind sets, now development sets: the shapes of wording
// and structure they showed, written again in new fictitious sentences, each beside a look-alike that
// must not count.
// Structure: a phrasal "on" with a person says whom a move was aimed at ("went quiet on me" against
// "has gone quiet on her"); minimising an event or one's part is the client's account unless the
// session or the therapist is in the sentence; apologising for one's own tears is distress, not appeasing the
// therapist; a dropped subject that "myself" binds is the writer; the
// impersonal "you" of a saying about how the world treats people ("nobody listens until you…") is not the therapist;
// a past session recalled by its number or place in the work ("remembered session 3, when…") is not today's;
// a repair planned in the Plan's bare verbs ("wonder aloud whether my comment felt…") is the same repair as done.
// Words: the therapist's note-taking named as the purpose of the session ("so you can write it down");
// denying the therapist a harm ("you never judge me") is praise, while "you can't make me" is defiance; the
// therapy called "an insult", and the therapist "part of the system".
import { table } from './sentence-table.js';

describe('development set rupture misses (the fortieth and forty-first blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal', () => {
    table('withdrawal-repair', [
      // Whom the silence was aimed at, after "on".
      ['His brother has gone quiet on him since the funeral.', false],
      ['Her flatmate went cold on her after the argument about rent.', false],
      ['When I raised the inquest she went quiet on me for several minutes.', true],
      ['He went quiet on me in session when I asked about the night shift.', true],
      ['She went quiet on the subject of the loan when I asked about it.', true],
      // Minimising told as the client's account, against minimising in answer to the therapist.
      ['Went through the car park fight step by step but minimised his role in it.', false],
      ['Her account of the binge minimises the impact on her son.', false],
      ['When I asked about the argument she minimised it and moved on to the weather.', true],
      ['He minimised the overdose in session today, laughing as he said it.', true],
      // An apology for one's own tears, against apologies that appease the therapist.
      ['Talking about the miscarriage she apologised repeatedly for getting so emotional.', false],
      ['He kept apologising for the tears while he told me about the fire.', false],
      ['She apologised repeatedly for "wasting my time" and agreed to every suggestion I made.', true],
      ['He kept apologising for not being a better client and said whatever I thought was best.', true],
    ]);
  });

  describe('a repair planned in the bare verbs of a Plan', () => {
    const wrap = (plan: string): string => `When I asked about her mother she went silent for most of the hour.\n\n## Plan\n\n- ${plan}`;
    table(
      'withdrawal-repair',
      [
        ['Next session 8/10: wonder aloud whether my question felt like an accusation.', false],
        ['Next session 8/10: check with her whether my comment had felt too blunt.', false],
        ['Next session 8/10: wonder aloud whether her mother felt like a burden to her.', true],
        ['Next session 8/10: ask about the new job and her sleep diary.', true],
      ],
      wrap,
    );
  });

  describe('confrontation', () => {
    table('confrontation-repair', [
      // "Myself" outside quotation marks binds the dropped subject to the writer.
      ['I moved to the hierarchy too soon. Annoyed with myself afterwards for not waiting.', false],
      ['Irritated at myself for the late start; apologised at the door.', false],
      ['Annoyed with me for changing the time again, and said so twice.', true],
      ['Cross with me at the start for running late, and said so.', true],
      // Note-taking named as what the therapist is there for, against writing down as a request.
      ['He leaned back: "you ask all this so you can write it down and send it off".', true],
      ['She told me "you only want the details so you can note it all down".', true],
      ['She asked me to write it down so she could show her sister.', false],
      ['He said "go slowly so I can write it down at home".', false],
      // The therapy called an insult, and the therapist set among the system; the same words about others.
      ['Near the end he said the eight sessions were "a total insult".', true],
      ['She said her brother calling her dramatic was an insult.', false],
      ['He said "you are just part of the system that sent me here".', true],
      ['She said "my ex is part of the problem, not me".', false],
      // A harm denied to the therapist is praise; a help denied, or a harm refused with "can't", is not.
      ['Tearful at the end: "you never make me feel stupid for asking".', false],
      ['She said "you don\'t rush me, that helps".', false],
      ['He said "you never make me feel understood".', true],
      ['She said "you can\'t force me to go back in there".', true],
      // A past session recalled, against the same words today.
      ['Looking at the timeline she recalled session 3, when she called the exposure work "a total waste of time".', false],
      ['He remembered our first session, when he said I was patronising him.', false],
      ['Today she called the exposure work "a total waste of time".', true],
      ['He said today that I was patronising him.', true],
      // The impersonal "you" of a saying, against "you" said to the therapist.
      ['She said "no one listens until you do something stupid".', false],
      ['He said "people only notice you when you are being stupid".', false],
      ['She said "you never listen to me, it is pointless".', true],
      ['He said "you are useless, no one helps until you kick off".', true],
      ['She said "they said you would help, and you are useless".', true],
    ]);
  });
});
