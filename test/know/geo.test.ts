// Where resolved places are put: country and first-level region points, and the words around a
// name that call for a region rather than a town.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions, loadKnowledge, resolvePlace } from '../../src/know/index.ts';
import { parseCountryPoints } from '../../src/know/build-country-points.ts';
import { parsePointTable } from '../../src/know/point-table.ts';

beforeAll(() => loadKnowledge());

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const find = (text: string) => findMentions([{ index: 0, text, offset: 0 }]).filter((m) => m.kind === 'place');
/** "text:precision:admin1-or-country" of each place found. */
const places = (text: string) => find(text).map((m) => `${m.text}:${m.location!.precision}:${m.location!.admin1 ?? m.location!.country}`);

describe('country points', () => {
  it.each([
    // [name, lat, lon, km]: Wikipedia's point where it differs from the Factbook's, else the Factbook's
    ['United States', 40, -100, 30],
    ['China', 35, 103, 30],
    ['Russia', 60, 90, 30],
    ['Canada', 60, -95, 30],
    ['India', 20, 77, 30],
    ['France', 46, 2, 30],
  ])('%s is placed at %d, %d', (name, lat, lon, within) => {
    const best = resolvePlace(name).best!;
    expect(best.precision).toBe('country');
    expect(km(best.lat, best.lon, lat, lon)).toBeLessThan(within);
  });

  it('reads the table of points and rejects a malformed line', () => {
    const table = readFileSync(new URL('../../data/country-points.tsv', import.meta.url), 'utf8');
    const points = parseCountryPoints(table);
    expect(points.get('USA')).toEqual([40, -100]);
    expect(() => parseCountryPoints('USA\t40\n')).toThrow(/line 1/);
    expect(() => parseCountryPoints('USA\t40\t-100\tx\nUSA\t41\t-100\tx\n')).toThrow(/twice/);
  });

  it('reads a point table with the coordinates at any column, skipping comments', () => {
    const rows = parsePointTable('# states\n\nUSA\tTexas\t31.3\t-99.3\nAUS\tQueensland\t-22.5\t144.3\tnote\n', 'points.tsv', 2, 'ISO3 name lat lon');
    expect(rows).toEqual([
      { names: ['USA', 'Texas'], point: [31.3, -99.3], line: 3 },
      { names: ['AUS', 'Queensland', 'note'], point: [-22.5, 144.3], line: 4 },
    ]);
    expect(() => parsePointTable('USA\tTexas\t31.3\n', 'points.tsv', 2, 'ISO3 name lat lon')).toThrow(/points.tsv line 1: expected "ISO3 name lat lon"/);
    expect(() => parsePointTable('USA\tTexas\t131.3\t-99.3\n', 'points.tsv', 2, 'ISO3 name lat lon')).toThrow(/line 1/);
  });
});

describe('first-level region points', () => {
  it.each([
    // geographic centres, not the middle of where people live
    ['Ontario', 50, -85.3],
    ['Queensland', -22.5, 144.3],
    ['Alberta', 54.5, -115],
    ['Texas', 31.3, -99.3],
    ['Alaska', 63.8, -152],
  ])('%s is placed at its centre', (name, lat, lon) => {
    const best = resolvePlace(name).best!;
    expect(best.precision).toBe('admin1');
    expect(km(best.lat, best.lon, lat, lon)).toBeLessThan(20);
  });

  it('leaves other regions at the middle of their cities', () => {
    const best = resolvePlace('Bavaria').best!;
    expect(best.precision).toBe('admin1');
    expect(km(best.lat, best.lon, 48.9, 11.4)).toBeLessThan(150);
  });
});

describe('words that call for a region', () => {
  it('reads "New York" alone as the city, and "New York state" or "New York Governor" as the state', () => {
    expect(places('He flew to New York on Monday.')).toEqual(['New York:city:New York']);
    expect(places('New York state has declared an emergency.')).toEqual(['New York:admin1:New York']);
    expect(places('New York Governor Andrew Cuomo declared an emergency.')).toEqual(['New York:admin1:New York']);
  });

  it('reads "the state of Washington" and "Washington State" as the state, not the capital', () => {
    expect(places('The cow was found in the state of Washington.')).toEqual(['Washington:admin1:Washington']);
    expect(places('The cow came from a Washington state farm.')).toEqual(['Washington:admin1:Washington']);
    expect(places('Officials in Washington denied the report.')).toEqual(['Washington:city:USA']);
  });

  it('reads a qualifier after a town as the state, unless a same-named city holds the town', () => {
    expect(places('A fire broke out in Rochester, New York overnight.')).toContain('New York:admin1:New York');
    expect(places('Funeral homes across Brooklyn, New York were raided.')).toContain('New York:city:New York');
  });

  it('reads an item of a list of states as a state', () => {
    expect(places('Cases were found in Oregon, Utah, Washington and Wyoming.')).toContain('Washington:admin1:Washington');
    expect(places('Officials are investigating cases in Washington, Pennsylvania and California.'))
      .toEqual(['Washington:admin1:Washington', 'Pennsylvania:admin1:Pennsylvania', 'California:admin1:California']);
  });

  it('still reads a town qualified by its state as that town', () => {
    expect(places('The plant is in Washington, Pennsylvania.')).toEqual(['Washington:city:Pennsylvania', 'Pennsylvania:admin1:Pennsylvania']);
  });
});

describe('counties and former provinces', () => {
  it('reads UK counties as counties, not same-named American towns', () => {
    expect(places('Bird flu was found at a farm in Suffolk.')).toEqual(['Suffolk:region:England']);
    expect(places('Police in Fife and Cornwall appealed for witnesses.')).toEqual(['Fife:region:Scotland', 'Cornwall:region:England']);
    expect(places('The shipyard in Suffolk, Virginia reopened.')).toContain('Suffolk:city:Virginia');
  });

  it("reads Kenya's former provinces", () => {
    expect(places('Cases rose in Nyanza province, officials in Kenya said.')).toContain('Nyanza:region:KEN');
  });

  it('leaves a US county unresolved rather than at a small town of its name', () => {
    expect(places('The outbreak began in Scott County, Indiana.')).toEqual(['Indiana:admin1:Indiana']);
    expect(places('Fires spread across Los Angeles County.')).toEqual(['Los Angeles:city:California']);
  });
});

describe('context', () => {
  it('weighs a country named outright above a town that is clear on its own', () => {
    // Esperance is a town in Western Australia and in Washington state; Albuquerque is clearly American
    expect(places('Birds died near Esperance. Australia has tested the water. A lab in Albuquerque helped.')[0]).toBe('Esperance:city:Western Australia');
  });
});

describe('acronyms', () => {
  it('reads an acronym as a place only when the place is a country, a capital, listed or large', () => {
    const found = find('Gunmen torched the cars of an NGO in Ituri; officials in the US, the UAE and DC blamed the OS update and SARS.').map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['Ituri', 'US', 'UAE', 'DC']));
    expect(found).not.toContain('NGO');
    expect(found).not.toContain('OS');
    expect(found).not.toContain('SARS');
  });
});
