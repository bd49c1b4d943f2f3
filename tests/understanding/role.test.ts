import { describe, expect, it } from 'vitest';
import { readRole } from '../../src/understanding/index.js';

describe('readRole', () => {
  it.each([
    'wat is dit precies?',
    "what's this about?",
    'شنو هاد البرنامج؟',
    'chno hada?',
    'c quoi duo for a job exactement ?',
  ])('reads a question about the programme as a question when the answer is "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'question' });
  });

  it('asks again when the mentor role is named inside a question: "comment devenir mentor ?"', () => {
    expect(readRole('comment devenir mentor ?').ok).toBe(false);
  });

  it('reads asking what a mentor is as a question for staff: "c\'est quoi un mentor ?"', () => {
    expect(readRole("c'est quoi un mentor ?")).toEqual({ ok: true, value: 'question' });
  });

  it('takes no job sought from the programme\'s name when the answer is "j\'ai vu duo for a job sur insta"', () => {
    expect(readRole("j'ai vu duo for a job sur insta").ok).toBe(false);
  });

  it('asks again when the answer speaks for a member of the family: "c pour mon fils il trouve rien"', () => {
    expect(readRole('c pour mon fils il a 22 ans il trouve rien')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each(['ما بغيتش نكون مرشد، بغيت خدمة', "I don't want to be a mentor, I want a job"])(
    'reads a refused mentor role and a job sought as a mentee when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
    },
  );

  it.each(['ik zou graag een jonge gast helpen om zijn weg te vinden', 'ik wil jonge mensen helpen'])(
    'reads help offered to a young person in Dutch as a mentor when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
    },
  );

  it('reads a Flemish godmother-mentor when the answer is "ik wil graag meter worden"', () => {
    expect(readRole('ik wil graag meter worden')).toEqual({ ok: true, value: 'mentor' });
  });
});

describe('readRole, who is asking and for whom', () => {
  it.each([
    'c pour mon petit frère il cherche du taf',
    'my little sister is looking for work',
    'لأخوي الصغير، هو يدور شغل',
  ])('asks again when the job seeker is a relative: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each([
    "je suis déjà mentor et j'ai un souci avec mon binôme",
    'I already mentor someone, quick question about our next meeting',
    'ik ben al mentor, maar ik heb een vraag over mijn duo',
  ])('reads a question from a member of a duo: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'question' });
  });

  it.each([
    'je veux être mentoré',
    'ik wil begeleid worden',
    'I want to be mentored',
    'بدي مرشد',
    'kan9elleb 3la mentor',
  ])('reads the one who wants a mentor: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it.each([
    "I spent 35 years in logistics and I'm looking for a way to give back",
    'Ik heb dertig jaar gewerkt in de bouw en zoek iets zinvols',
  ])('reads a long working life followed by a search as a mentor: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
  });

  it('asks again on a long working life beside a job sought', () => {
    expect(readRole("j'ai 20 ans d'expérience dans la vente et je cherche du travail")).toEqual({
      ok: false,
      reason: 'contradiction',
    });
  });
});

describe('readRole, indirect answers', () => {
  it.each([
    "j'ai pas de boulot depuis un an",
    'ik heb geen werk',
    'no job at the moment',
    'ma3ndich khedma',
    'je veux bosser',
  ])('reads "%s", having no job or wanting one, as a job seeker', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it('does not read a job not sought as a job seeker: "je ne cherche pas de travail"', () => {
    expect(readRole('je ne cherche pas de travail').ok).toBe(false);
  });

  it.each(['كنقلب على مرشد', 'op zoek naar een coach'])('reads a mentor looked for, "%s", as a job seeker', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it.each(["comment ça marche ? c'est gratuit ?", 'is het gratis?', 'I would like to know more', 'bghit nsewel'])(
    'reads "%s", asking about the programme, as a question',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'question' });
    },
  );

  it('reads a role said beside a question about the programme: "is it free? I want to be a mentor"', () => {
    expect(readRole('is it free? I want to be a mentor')).toEqual({ ok: true, value: 'mentor' });
  });

  it.each(['ختي كتقلب على خدمة', 'خويا بغا يخدم'])('asks again when "%s" speaks of a sister or brother', (text) => {
    expect(readRole(text).ok).toBe(false);
  });

  it.each(['mt9a3d w bghit n3awn chi chab', 'na 40 jaar wil ik iets teruggeven'])(
    'reads "%s", retired or giving back, as a mentor',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
    },
  );
  it.each([
    "j'ai 45 ans et je cherche un mentor",
    'ik ben 28 en wil mentor worden',
    'I am 52 and looking for work',
    'عندي 25 عام وبغيت نكون مرشد',
  ])('asks again when the age said in "%s" contradicts the role read', (text) => {
    expect(readRole(text)).toEqual({ ok: false, reason: 'contradiction' });
  });

  it.each([
    ["j'ai 24 ans et je cherche du travail", 'mentee'],
    ['ik ben 63 en wil graag mentor worden', 'mentor'],
    ["30 ans d'expérience, je veux accompagner un jeune", 'mentor'],
    ['I have 30 years of experience and want to coach', 'mentor'],
    ['je cherche du travail depuis 2 ans', 'mentee'],
  ])('reads "%s" when no age said contradicts the role', (text, role) => {
    expect(readRole(text)).toEqual({ ok: true, value: role });
  });
  it('asks again when the age said beside a role is followed by words a range reader would doubt: "I\'m 29 and would like to mentor"', () => {
    expect(readRole("I'm 29 and would like to mentor")).toEqual({ ok: false, reason: 'contradiction' });
  });

  it('does not read a mentor refused as one wanted: "I don\'t want a mentor, I want to be one"', () => {
    expect(readRole("I don't want a mentor, I want to be one")).not.toEqual({ ok: true, value: 'mentee' });
  });
  it('reads help offered gladly to young people as a mentor: "ik help graag jonge mensen"', () => {
    expect(readRole('ik help graag jonge mensen')).toEqual({ ok: true, value: 'mentor' });
  });
});

describe('readRole, questions back without a question word and a young job seeker', () => {
  it.each(['hoeveel kost het programma', 'are you a temp agency?', 'duurt het lang', "c'est payant ?"])(
    'reads "%s" as a question',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'question' });
    },
  );

  it.each(["j'ai 21 ans et je trouve rien", 'im 23 and cant find a job anywhere'])('reads "%s" as a mentee', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it('does not take a short "is ok" for a question', () => {
    expect(readRole('is ok').ok).toBe(false);
  });
});

describe('readRole when both roles are named', () => {
  it.each([
    ["I'd like to volunteer as a mentor, I'm 58 and still work in finance", 'mentor'],
    ['bénévole, retraité de la SNCB, je travaillais dans la logistique', 'mentor'],
    ['ik ben jong en zoek werk, een mentor zou helpen', 'mentee'],
    ['je suis jeune je galère pour trouver un stage', 'mentee'],
  ])('settles "%s" by the age, a retirement or youth said', (text, role) => {
    expect(readRole(text)).toEqual({ ok: true, value: role });
  });

  it.each(['can mentors be under 50?', 'est-ce que les mentors sont payés ?', 'هل يمكن للنساء أن يكن مرشدات؟'])(
    'reads "%s", asked about others, as a question',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'question' });
    },
  );

  it('keeps the role of a person asking about themselves: "can I be a mentor at 52?"', () => {
    expect(readRole('can I be a mentor at 52?')).toEqual({ ok: true, value: 'mentor' });
  });
});

describe('readRole on a question about something', () => {
  it.each(['ik heb een vraag over de begeleiding', "j'ai une question sur le mentorat", 'كيفاش كيخدم البرنامج؟'])(
    'reads "%s" as a question',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'question' });
    },
  );

  it('still asks again when the question names the mentor role', () => {
    expect(readRole('comment devenir mentor ?').ok).toBe(false);
  });
});

describe('readRole on a number with an article', () => {
  it.each([
    ['le 2 svp', 'mentor'],
    ['je prends le 1', 'mentee'],
    ['ik kies de 3', 'question'],
  ])('reads "%s" as %s', (text, role) => {
    expect(readRole(text)).toEqual({ ok: true, value: role });
  });

  it('does not take a number inside a sentence as an option', () => {
    expect(readRole("j'ai 2 enfants et je cherche")).toEqual({ ok: true, value: 'mentee' });
  });
});

describe("readRole, whose job search: the writer's or the young people's", () => {
  it.each([
    'je peux consacrer du temps aux jeunes qui cherchent un stage',
    'ik geef graag mijn tijd aan jongeren die werk zoeken',
    'happy to give some of my time to youngsters who are job hunting',
    'bghit n3ti mn wa9ti l chabab li kay9lbo 3la khedma',
  ])('reads time given to young people who seek work as a mentor: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
  });

  it.each([
    'je suis un jeune qui cherche du travail',
    'ik ben een jongere die werk zoekt',
    'ana chab li kay9leb 3la khdma',
  ])('keeps a job search said of oneself through a relative clause: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it('takes no job search from young people the writer only knows: "I know young people who are looking for work"', () => {
    expect(readRole('I know young people who are looking for work').ok).toBe(false);
  });

  it.each([
    "je cherche un stage mais j'aimerais aussi aider les autres",
    'ik ben werkzoekend maar help graag andere mensen',
    "I need a job myself but I'd love to help other people too",
    'كنقلب على خدمة ولكن بغيت نعاون الناس حتى أنا',
    'bghit n3awen w bghit nkhdem ta ana',
  ])('asks again when a job seeker also offers help: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: false, reason: 'severalValues' });
  });

  it.each(['je ne veux pas donner de mon temps', "I don't have time to give, I need a job"])(
    'does not read time refused as an offer: "%s"',
    (text) => {
      expect(readRole(text)).not.toEqual({ ok: true, value: 'mentor' });
    },
  );
});

describe('readRole, a professional speaking for young people', () => {
  it.each([
    "je suis éducatrice, j'ai plusieurs jeunes à vous envoyer",
    'ik werk in een jeugdhuis en heb enkele jongeren voor jullie',
    "I'm a case worker and want to send you a few young people",
    'خدام فمركز ديال الشباب وعندي بزاف ديال الشباب بغيت نصيفطهم ليكم',
  ])('asks again rather than take the worker for a job seeker: "%s"', (text) => {
    expect(readRole(text).ok).toBe(false);
  });

  it('still reads a parent of young children who seeks work: "I have young children and need a job"', () => {
    expect(readRole('I have young children and need a job')).toEqual({ ok: true, value: 'mentee' });
  });
});

describe('readRole on a statement without a role word', () => {
  it.each([
    "j'ai envoyé au moins 40 candidatures ce mois-ci",
    "al maanden stuur ik cv's rond zonder resultaat",
    'been applying everywhere since I finished school',
    'صيفطت السيفي لبزاف ديال الشركات',
    'jveux taffer nimporte ou',
  ])('reads a job search of one\'s own as a mentee: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
  });

  it.each([
    "j'aimerais bien aider",
    'ik wil graag helpen',
    'I would love to help',
    'ana mhandsa mtqa3da w bghit n3awen',
  ])('reads help wished or a retirement as a mentor: "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
  });

  it.each(['je veux aider ma famille', 'I need help', "I don't want to help"])(
    'does not read help for oneself or one\'s family, or refused, as a mentor: "%s"',
    (text) => {
      expect(readRole(text)).not.toEqual({ ok: true, value: 'mentor' });
    },
  );

  it('asks again on applications sent beside help wished: "j\'ai postulé partout, et je voudrais aussi aider"', () => {
    expect(readRole("j'ai postulé partout, et je voudrais aussi aider")).toEqual({
      ok: false,
      reason: 'severalValues',
    });
  });
});
