import { describe, expect, it } from 'vitest';
import { parseFirstName } from '../../src/programme/index.js';

describe('parseFirstName', () => {
  it.each([
    ['Amina', 'Amina'],
    ["je m'appelle amina", 'Amina'],
    ['Je m’appelle Amina', 'Amina'],
    ['Bonjour, je m’appelle Amina 😊', 'Amina'],
    ["moi c'est Sara", 'Sara'],
    ['My name is John', 'John'],
    ["I'm Ali", 'Ali'],
    ['ik heet Daan', 'Daan'],
    ['Mijn naam is Fatima', 'Fatima'],
    ['اسمي أحمد', 'أحمد'],
    ['أنا محمد', 'محمد'],
    ['jean-pierre', 'Jean-Pierre'],
    ['AMINA', 'Amina'],
    ['mohamed ali', 'Mohamed Ali'],
    ["O'Neil", "O'Neil"],
    ['Hiba.', 'Hiba'],
    ['Dagmar', 'Dagmar'],
    ['Ibrahim', 'Ibrahim'],
  ])('reads "%s" as %s', (text, name) => {
    expect(parseFirstName(text)).toBe(name);
  });

  it.each([
    '123',
    '٣٤',
    '😊😊',
    '',
    'a',
    'oui',
    'Bonjour',
    'merci',
    'Amina2',
    'www.example.com',
    'je ne sais pas',
    'one two three four',
  ])('returns null when the answer is "%s"', (text) => {
    expect(parseFirstName(text)).toBeNull();
  });

  it('returns null when the answer is longer than 40 characters', () => {
    expect(parseFirstName('Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopq')).toBeNull();
  });
});
