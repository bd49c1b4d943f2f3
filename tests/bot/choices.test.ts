import { beforeAll, describe, expect, it } from 'vitest';
import { resolveChoice, resolveTappedChoice } from '../../src/bot/choices.js';
import type { ChoiceOption } from '../../src/flows/message.js';
import { createTranslator, loadLocaleResources, type Translator } from '../../src/locales/index.js';

const yesNo: ChoiceOption[] = [
  { id: 'yes', key: 'answers.yes', matchKeys: ['answers.yesWords'] },
  { id: 'no', key: 'answers.no', matchKeys: ['answers.noWords'] },
];
const roles: ChoiceOption[] = [
  { id: 'mentee', key: 'role.mentee', matchKeys: ['role.menteeWords'] },
  { id: 'mentor', key: 'role.mentor', matchKeys: ['role.mentorWords'] },
  { id: 'question', key: 'role.question', matchKeys: ['role.questionWords'] },
];

describe('resolveChoice', () => {
  let translator: Translator;

  beforeAll(async () => {
    translator = await createTranslator({ resources: await loadLocaleResources(), fallbackLanguage: 'fr' });
  });

  it('reads a yes inside a sentence when yes and no are offered', () => {
    expect(resolveChoice('oui je suis d’accord 👍', yesNo, translator)).toBe('yes');
    expect(resolveChoice('nee dank je', yesNo, translator)).toBe('no');
  });

  it('asks again on a yes and a no together', () => {
    expect(resolveChoice('oui non', yesNo, translator)).toBeNull();
  });

  it('still reads the number of a yes/no option', () => {
    expect(resolveChoice('2', yesNo, translator)).toBe('no');
  });

  it('reads a role written in free text', () => {
    expect(resolveChoice('je cherche du travail svp', roles, translator)).toBe('mentee');
    expect(resolveChoice('أبحث عن عمل', roles, translator)).toBe('mentee');
    expect(resolveChoice('ik wil vrijwilliger worden', roles, translator)).toBe('mentor');
  });
});

describe('resolveTappedChoice', () => {
  let translator: Translator;

  beforeAll(async () => {
    translator = await createTranslator({ resources: await loadLocaleResources(), fallbackLanguage: 'fr' });
  });

  it('matches a template quick-reply payload whatever its case', () => {
    expect(resolveTappedChoice({ id: 'YES', title: 'Yes' }, yesNo, translator)).toBe('yes');
  });

  it('matches a quick reply by its button text in any language when the payload is unknown', () => {
    expect(resolveTappedChoice({ id: 'Ja', title: 'Ja' }, yesNo, translator)).toBe('yes');
    expect(resolveTappedChoice({ id: 'btn-2', title: 'نعم' }, yesNo, translator)).toBe('yes');
  });

  it('matches a button reply with an id from an older message by its title', () => {
    expect(resolveTappedChoice({ id: 'old-id', title: 'Je cherche un emploi' }, roles, translator)).toBe('mentee');
  });

  it('keeps the id when no choices are on screen', () => {
    expect(resolveTappedChoice({ id: 'session-1', title: 'Lundi' }, null, translator)).toBe('session-1');
  });
});
