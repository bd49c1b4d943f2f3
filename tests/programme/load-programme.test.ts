import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme, parseProgramme } from '../../src/programme/index.js';
import { tempDir } from '../support/temp-dir.js';
import { smallProgrammeFile } from './fixtures.js';

async function writeProgramme(content: string): Promise<string> {
  const path = join(await tempDir(), 'programme.json');
  await writeFile(path, content, 'utf8');
  return path;
}

describe('loadProgramme', () => {
  it('loads the default programme with its eight cities when no path is given', async () => {
    const result = await loadProgramme();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.programme.cities.map((city) => city.id)).toEqual([
      'brussels',
      'liege',
      'antwerp',
      'ghent',
      'paris',
      'lille',
      'marseille',
      'lyon',
    ]);
    expect(result.programme.mentee).toEqual({ minAge: 18, maxAge: 30 });
  });

  it('loads a file staff edited when it is valid', async () => {
    const path = await writeProgramme(JSON.stringify(smallProgrammeFile()));
    const result = await loadProgramme(path);
    expect(result.ok && result.programme.cities[1]?.referrals).toEqual([]);
  });

  it('names the city and the field when a time zone is wrong', async () => {
    const file = smallProgrammeFile();
    file.cities[1]!.timeZone = 'Europe/Pariss';
    const result = await loadProgramme(await writeProgramme(JSON.stringify(file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(
      'cities[1].timeZone (city "paris"): expected an IANA time zone such as Europe/Brussels',
    );
  });

  it('names a misspelt field instead of ignoring it', async () => {
    const file = { ...smallProgrammeFile(), mentees: { minAge: 18, maxAge: 33 } };
    const result = await loadProgramme(await writeProgramme(JSON.stringify(file)));
    expect(!result.ok && result.error).toContain('the programme: Unrecognized key: "mentees"');
  });

  it('names a missing field', async () => {
    const file = smallProgrammeFile();
    const { names: _names, ...withoutNames } = file.cities[0]!;
    const result = await loadProgramme(
      await writeProgramme(JSON.stringify({ ...file, cities: [withoutNames, file.cities[1]] })),
    );
    expect(!result.ok && result.error).toContain('cities[0].names (city "brussels"): Invalid input');
  });

  it('says the file is not JSON when a comma is missing', async () => {
    const path = await writeProgramme('{ "mentee": { "minAge": 18 "maxAge": 30 } }');
    const result = await loadProgramme(path);
    expect(!result.ok && result.error).toContain(`the programme file ${path} is not valid JSON`);
  });

  it('returns an error rather than throwing when the file does not exist', async () => {
    const path = join(await tempDir(), 'missing.json');
    const result = await loadProgramme(path);
    expect(result).toEqual({ ok: false, error: `cannot read the programme file ${path} (ENOENT)` });
  });
});

describe('parseProgramme', () => {
  it('rejects a mentee age range upside down', () => {
    const result = parseProgramme({ ...smallProgrammeFile(), mentee: { minAge: 30, maxAge: 18 } });
    expect(!result.ok && result.error).toContain('mentee.maxAge: minAge must not be above maxAge');
  });

  it('rejects a city override that turns the merged age range upside down', () => {
    const file = smallProgrammeFile();
    const cities = [{ ...file.cities[0]!, mentee: { minAge: 35 } }, file.cities[1]];
    const result = parseProgramme({ ...file, cities });
    expect(!result.ok && result.error).toContain(
      'cities[0].mentee (city "brussels"): mentee minAge 35 is above maxAge 30',
    );
  });

  it('rejects postcodes two cities of one country both claim', () => {
    const file = smallProgrammeFile();
    const liege = {
      ...file.cities[0]!,
      id: 'liege',
      region: 'wallonia',
      names: ['Liège'],
      postcodes: [{ from: 1200, to: 1300 }],
    };
    const result = parseProgramme({ ...file, cities: [...file.cities, liege] });
    expect(!result.ok && result.error).toContain(
      'cities[2].postcodes[0] (city "liege"): postcodes 1200–1300 overlap those of city "brussels"',
    );
  });

  it('rejects a name that two places share once accents are ignored', () => {
    const file = smallProgrammeFile();
    const result = parseProgramme({ ...file, otherPlaces: [{ names: ['BRUXELLES'], country: 'BE' }] });
    expect(!result.ok && result.error).toContain(
      'otherPlaces[0].names[0]: the name "BRUXELLES" is also a name of city "brussels"',
    );
  });

  it('rejects a Belgian city without a Belgian region', () => {
    const file = smallProgrammeFile();
    const cities = [{ ...file.cities[0]!, region: 'ile-de-france' }, file.cities[1]];
    const result = parseProgramme({ ...file, cities });
    expect(!result.ok && result.error).toContain(
      'cities[0].region (city "brussels"): expected a Belgian region: brussels, wallonia, flanders',
    );
  });

  it('rejects a referral whose address is not a web address', () => {
    const file = smallProgrammeFile();
    const countries = { ...file.countries, NL: { referrals: [{ name: 'UWV', url: 'werk.nl' }] } };
    const result = parseProgramme({ ...file, countries });
    expect(!result.ok && result.error).toContain(
      'countries.NL.referrals[0].url: expected a web address such as https://www.actiris.brussels',
    );
  });

  it('reports something other than an object as a whole', () => {
    const result = parseProgramme([]);
    expect(!result.ok && result.error).toMatch(/^the programme: /);
  });
});
