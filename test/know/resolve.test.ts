// Resolution cases for places and actors, including the ambiguous names of issue 4.
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions, loadKnowledge, resolveActor, resolvePlace } from '../../src/know/index.ts';
import { dictionary } from '../../src/know/actors.ts';
import { bestPlace } from '../../src/know/places.ts';
import { Tokens } from '../../src/pipeline/doc.ts';

beforeAll(() => loadKnowledge());

type PlaceCase = [text: string, context: Parameters<typeof resolvePlace>[1], country: string | null, precision: string, name?: string];

const PLACES: PlaceCase[] = [
  ['Georgia', {}, 'GEO', 'country'],
  ['Georgia', { countries: ['USA', 'USA', 'USA'] }, 'USA', 'admin1'],
  ['Georgia', { countries: ['RUS', 'ARM'] }, 'GEO', 'country'],
  ['Jordan', {}, 'JOR', 'country'],
  ['Jordan', { countries: ['USA'], qualifier: 'Minnesota' }, 'USA', 'city'],
  ['Gaza', {}, 'PSE', 'region', 'Gaza Strip'],
  ['Gaza City', {}, 'PSE', 'city', 'Gaza'],
  ['Gaza Strip', {}, 'PSE', 'region'],
  ['Lebanon', {}, 'LBN', 'country'],
  ['Lebanon', { countries: ['USA'] }, 'LBN', 'country'],
  ['Lebanon', { qualifier: 'Pennsylvania' }, 'USA', 'city'],
  ['Lebanon', { qualifier: 'Tennessee' }, 'USA', 'city'],
  ['U.S', {}, 'USA', 'country'],
  ['U.S.', {}, 'USA', 'country'],
  ['US', {}, 'USA', 'country'],
  ['USA', {}, 'USA', 'country'],
  ['America', {}, 'USA', 'country'],
  ['the States', {}, 'USA', 'country'],
  ['United States', {}, 'USA', 'country'],
  ['UK', {}, 'GBR', 'country'],
  ['U.K.', {}, 'GBR', 'country'],
  ['Britain', {}, 'GBR', 'country'],
  ['Great Britain', {}, 'GBR', 'country'],
  ['Israeli', {}, 'ISR', 'country'],
  ['American', {}, 'USA', 'country'],
  ['Iraqi', {}, 'IRQ', 'country'],
  ['Palestinian', {}, 'PSE', 'country'],
  ['Ukrainian', {}, 'UKR', 'country'],
  ['Turkey', {}, 'TUR', 'country'],
  ['Türkiye', {}, 'TUR', 'country'],
  ['Ivory Coast', {}, 'CIV', 'country'],
  ["Côte d'Ivoire", {}, 'CIV', 'country'],
  ['DRC', {}, 'COD', 'country'],
  ['Democratic Republic of the Congo', {}, 'COD', 'country'],
  ['Burma', {}, 'MMR', 'country'],
  ['Kosovo', {}, 'XKX', 'country'],
  ['West Bank', {}, 'PSE', 'region'],
  ['Golan Heights', {}, 'SYR', 'region'],
  ['Crimea', {}, 'UKR', 'region'],
  ['Donbas', {}, 'UKR', 'region'],
  ['Donbass', {}, 'UKR', 'region'],
  ['Kashmir', {}, null, 'region'],
  ['Western Sahara', {}, 'ESH', 'country'],
  ['Red Sea', {}, null, 'region'],
  ['Strait of Hormuz', {}, null, 'region'],
  ['Gulf of Aden', {}, null, 'region'],
  ['Middle East', {}, null, 'region'],
  ['Sahel', {}, null, 'region'],
  ['Horn of Africa', {}, null, 'region'],
  ['Black Sea', {}, null, 'region'],
  ['Kyiv', {}, 'UKR', 'city'],
  ['Kiev', {}, 'UKR', 'city', 'Kyiv'],
  ['Kharkiv', {}, 'UKR', 'city'],
  ['Odesa', {}, 'UKR', 'city'],
  ['Moscow', {}, 'RUS', 'city'],
  ['Beirut', {}, 'LBN', 'city'],
  ['Damascus', {}, 'SYR', 'city'],
  ['Baghdad', {}, 'IRQ', 'city'],
  ['Tehran', {}, 'IRN', 'city'],
  ['Khartoum', {}, 'SDN', 'city'],
  ['El Fasher', {}, 'SDN', 'city'],
  ['Rafah', {}, 'PSE', 'city'],
  ['Khan Younis', {}, 'PSE', 'city'],
  ['Khan Yunis', {}, 'PSE', 'city', 'Khan Younis'],
  ['Jenin', {}, 'PSE', 'city'],
  ['Tel Aviv', {}, 'ISR', 'city'],
  ['Jerusalem', {}, 'ISR', 'city'],
  ['Hodeidah', {}, 'YEM', 'city'],
  ['Sanaa', {}, 'YEM', 'city'],
  ["Sana'a", {}, 'YEM', 'city', 'Sanaa'],
  ['Mosul', {}, 'IRQ', 'city'],
  ['Aleppo', {}, 'SYR', 'city'],
  ['Goma', {}, 'COD', 'city'],
  ['Mogadishu', {}, 'SOM', 'city'],
  ['Washington', {}, 'USA', 'city', 'Washington, D.C.'],
  ['New York', {}, 'USA', 'city', 'New York City'],
  ['Paris', {}, 'FRA', 'city'],
  ['Paris', { qualifier: 'Texas' }, 'USA', 'city'],
  ['London', {}, 'GBR', 'city'],
  ['London', { qualifier: 'Ontario' }, 'CAN', 'city'],
  ['Birmingham', { countries: ['GBR', 'GBR'] }, 'GBR', 'city'],
  ['Birmingham', { qualifier: 'Alabama' }, 'USA', 'city'],
  ['Texas', {}, 'USA', 'admin1'],
  ['California', {}, 'USA', 'admin1'],
  ['Bavaria', {}, 'DEU', 'admin1'],
  ['Mumbai', {}, 'IND', 'city'],
  ['Bombay', {}, 'IND', 'city', 'Mumbai'],
  ['Alexandria', {}, 'EGY', 'city'],
  ['Alexandria', { qualifier: 'Virginia' }, 'USA', 'city'],
  ['St. Petersburg', {}, 'RUS', 'city'],
  ['São Paulo', {}, 'BRA', 'city'],
  ['Sao Paulo', {}, 'BRA', 'city'],
];

describe('resolvePlace', () => {
  it.each(PLACES)('%s %j -> %s %s', (text, context, country, precision, name) => {
    const { best } = resolvePlace(text, context);
    expect(best).not.toBeNull();
    expect(best!.country).toBe(country);
    expect(best!.precision).toBe(precision);
    if (name) expect(best!.name).toBe(name);
  });

  it('bestPlace gives resolvePlace\'s best and confidence, ties included', () => {
    const contexts = [{}, { countries: ['USA', 'USA'] }, { countries: ['GBR'], outletCountry: 'USA' }, { qualifier: 'Pennsylvania' }, { region: true }];
    for (const text of [...PLACES.map((c) => c[0]), 'Springfield', 'Washington', 'San Jose', 'Paris', 'Atlantis', 'Israeli']) {
      for (const context of [...contexts, ...PLACES.filter((c) => c[0] === text).map((c) => c[1])]) {
        const { best, confidence } = resolvePlace(text, context);
        expect(bestPlace(text, context)).toEqual({ best, confidence });
      }
    }
  });

  it('returns candidates ranked with reasons', () => {
    const r = resolvePlace('Lebanon');
    expect(r.candidates.length).toBeGreaterThan(5);
    expect(r.candidates[0].why).toContain('country');
    expect(r.candidates.every((c, i) => i === 0 || c.score <= r.candidates[i - 1].score)).toBe(true);
  });

  it('carries a GeoNames id for cities and null for countries', () => {
    expect(resolvePlace('Kyiv').best!.geonameId).toBeGreaterThan(0);
    expect(resolvePlace('Ukraine').best!.geonameId).toBeNull();
  });

  it('knows nothing of made-up names', () => {
    expect(resolvePlace('Zzyzxqwv').best).toBeNull();
  });
});

type ActorCase = [text: string, date: string | undefined, country: string | null, sector: string | null, actorId?: string | null];

const ACTORS: ActorCase[] = [
  ['Netanyahu', '2023-10-20', 'ISR', 'GOV', 'netanyahu'],
  ['PM Netanyahu', '2023-10-20', 'ISR', 'GOV', 'netanyahu'],
  ['the Israeli PM', '2023-10-20', 'ISR', 'GOV', 'netanyahu'],
  ['Israeli Prime Minister Benjamin Netanyahu', '2024-05-01', 'ISR', 'GOV', 'netanyahu'],
  ["Israel's prime minister", '2023-10-20', 'ISR', 'GOV', 'netanyahu'],
  ['the Israeli PM', '2022-01-10', 'ISR', 'GOV', 'bennett'],
  ['the Israeli prime minister', '2022-09-01', 'ISR', 'GOV', 'lapid'],
  ['Israeli defence minister', '2024-02-01', 'ISR', 'GOV', 'gallant'],
  ['Israeli defense minister', '2025-01-15', 'ISR', 'GOV', 'israel-katz'],
  ['the US president', '2023-06-01', 'USA', 'GOV', 'biden'],
  ['the US president', '2025-06-01', 'USA', 'GOV', 'trump'],
  ['the American president', '2019-06-01', 'USA', 'GOV', 'trump'],
  ['US Secretary of State', '2023-06-01', 'USA', 'GOV', 'blinken'],
  ['US Secretary of State', '2025-03-01', 'USA', 'GOV', 'rubio'],
  ['Secretary of State Antony Blinken', '2023-06-01', 'USA', 'GOV', 'blinken'],
  ['US Defense Secretary', '2024-03-01', 'USA', 'GOV', 'lloyd-austin'],
  ['President Biden', '2023-06-01', 'USA', 'GOV', 'biden'],
  ['Biden', '2023-06-01', 'USA', 'GOV', 'biden'],
  ['Russian President Vladimir Putin', '2023-06-01', 'RUS', 'GOV', 'putin'],
  ['the Russian president', '2010-06-01', 'RUS', 'GOV', 'medvedev'],
  ['the Russian president', '2023-06-01', 'RUS', 'GOV', 'putin'],
  ['Russian foreign minister', '2023-06-01', 'RUS', 'GOV', 'lavrov'],
  ['Russian defence minister', '2023-06-01', 'RUS', 'GOV', 'shoigu'],
  ['Russian defence minister', '2024-09-01', 'RUS', 'GOV', 'belousov'],
  ['Zelensky', '2023-06-01', 'UKR', 'GOV', 'zelensky'],
  ['Zelenskyy', '2023-06-01', 'UKR', 'GOV', 'zelensky'],
  ['Ukrainian President Volodymyr Zelenskiy', '2023-06-01', 'UKR', 'GOV', 'zelensky'],
  ['the British prime minister', '2023-06-01', 'GBR', 'GOV', 'sunak'],
  ['the British prime minister', '2024-09-01', 'GBR', 'GOV', 'starmer'],
  ['UK Foreign Secretary', '2024-01-10', 'GBR', 'GOV', 'david-cameron'],
  ['the German chancellor', '2023-06-01', 'DEU', 'GOV', 'scholz'],
  ['the German chancellor', '2019-06-01', 'DEU', 'GOV', 'merkel'],
  ['French President Emmanuel Macron', '2023-06-01', 'FRA', 'GOV', 'macron'],
  ['Chinese President Xi Jinping', '2023-06-01', 'CHN', 'GOV', 'xi-jinping'],
  ['the Chinese foreign minister', '2023-05-01', 'CHN', 'GOV', 'qin-gang'],
  ['Iranian President', '2023-06-01', 'IRN', 'GOV', 'raisi'],
  ['Iranian President', '2024-09-01', 'IRN', 'GOV', 'pezeshkian'],
  ['supreme leader Ayatollah Ali Khamenei', '2024-09-01', 'IRN', 'GOV', 'khamenei'],
  ['Turkish President Recep Tayyip Erdogan', '2023-06-01', 'TUR', 'GOV', 'erdogan'],
  ['Indian Prime Minister', '2023-06-01', 'IND', 'GOV', 'modi'],
  ['Egyptian President', '2023-06-01', 'EGY', 'GOV', 'sisi'],
  ['Saudi Crown Prince', '2023-06-01', 'SAU', 'GOV', 'mbs'],
  ['Syrian President', '2020-06-01', 'SYR', 'GOV', 'assad'],
  ['Syrian President', '2025-03-01', 'SYR', 'GOV', 'al-sharaa'],
  ['Lebanese President', '2025-03-01', 'LBN', 'GOV', 'joseph-aoun'],
  ['Aoun', '2020-03-01', 'LBN', 'GOV', 'michel-aoun'],
  ['Aoun', '2025-03-01', 'LBN', 'GOV', 'joseph-aoun'],
  ['UN Secretary-General', '2024-03-01', 'UNO', 'IGO', 'guterres'],
  ['NATO Secretary General', '2023-03-01', 'NOR', 'GOV', 'stoltenberg'],
  ['Ukrainian army chief', '2024-06-01', 'UKR', 'MIL', 'syrskyi'],
  ['the Sudanese army chief', '2024-03-01', 'SDN', 'MIL', null],
  ['IDF', undefined, 'ISR', 'MIL', 'idf'],
  ['Israel Defense Forces', undefined, 'ISR', 'MIL', 'idf'],
  ['the Israeli military', undefined, 'ISR', 'MIL', 'idf'],
  ['the Pentagon', undefined, 'USA', 'MIL', 'pentagon'],
  ['the Kremlin', undefined, 'RUS', 'GOV', 'kremlin'],
  ['Hamas', undefined, 'PSE', 'REB', 'hamas'],
  ['Hezbollah', undefined, 'LBN', 'REB', 'hezbollah'],
  ['Hizbollah', undefined, 'LBN', 'REB', 'hezbollah'],
  ['the Houthis', undefined, 'YEM', 'REB', 'houthis'],
  ['Ansar Allah', undefined, 'YEM', 'REB', 'houthis'],
  ['Islamic Resistance in Iraq', undefined, 'IRQ', 'REB', 'iri'],
  ['Kataib Hezbollah', undefined, 'IRQ', 'REB', 'kataib-hezbollah'],
  ['RSF', undefined, 'SDN', 'UAF', 'rsf'],
  ['Rapid Support Forces', undefined, 'SDN', 'UAF', 'rsf'],
  ['Wagner', undefined, 'RUS', 'UAF', 'wagner'],
  ['Africa Corps', undefined, 'RUS', 'UAF', 'wagner'],
  ['al-Shabaab', undefined, 'SOM', 'REB', 'al-shabaab'],
  ['Al-Shabab', undefined, 'SOM', 'REB', 'al-shabaab'],
  ['ISIS', undefined, null, 'REB', 'isis'],
  ['Islamic State', undefined, null, 'REB', 'isis'],
  ['ISWAP', undefined, 'NGA', 'REB', 'iswap'],
  ['JNIM', undefined, null, 'REB', 'jnim'],
  ['M23', undefined, 'COD', 'REB', 'm23'],
  ['the UN', undefined, 'UNO', 'IGO', 'un'],
  ['UNRWA', undefined, 'UNO', 'IGO', 'unrwa'],
  ['NATO', undefined, 'NATO', 'IGO', 'nato'],
  ['the European Union', undefined, 'EUR', 'IGO', 'eu'],
  ['African Union', undefined, 'AFR', 'IGO', 'au'],
  ['American officials', undefined, 'USA', 'GOV', null],
  ['US officials', undefined, 'USA', 'GOV', null],
  ['Israeli forces', undefined, 'ISR', 'MIL', null],
  ['Israeli troops', undefined, 'ISR', 'MIL', null],
  ['Israeli tanks', undefined, 'ISR', 'MIL', null],
  ['Iraqi militias', undefined, 'IRQ', 'UAF', null],
  ['Russian soldiers', undefined, 'RUS', 'MIL', null],
  ['Ukrainian drones', undefined, 'UKR', 'MIL', null],
  ["Russia's army", undefined, 'RUS', 'MIL', null],
  ['Palestinian militants', undefined, 'PSE', 'REB', null],
  ['Iranian diplomats', undefined, 'IRN', 'GOV', null],
  ['Sudanese refugees', undefined, 'SDN', 'REF', null],
  ['UN officials', undefined, 'UNO', 'GOV', null],
  ['militants', undefined, null, 'REB', null],
  ['the militants', undefined, null, 'REB', null],
  ['protesters', undefined, null, 'CVL', null],
  ['thousands of protesters', undefined, null, 'CVL', null],
  ['civilians', undefined, null, 'CVL', null],
  ['gunmen', undefined, null, 'UAF', null],
  ['security forces', undefined, null, 'COP', null],
  ['an American', undefined, 'USA', null, null],
  ['Israelis', undefined, 'ISR', 'CVL', null],
  ['US', undefined, 'USA', null, null],
  ['Iran', undefined, 'IRN', null, null],
  ['Tehran', undefined, 'IRN', 'GOV', null],
  ['Washington', undefined, 'USA', 'GOV', null],
  ['Moscow', undefined, 'RUS', 'GOV', null],
];

describe('resolveActor', () => {
  it.each(ACTORS)('%s (%s) -> %s %s %s', (text, date, country, sector, actorId) => {
    const { best } = resolveActor(text, { date });
    expect(best).not.toBeNull();
    expect(best!.country).toBe(country);
    expect(best!.sector).toBe(sector);
    if (actorId !== undefined) expect(best!.actorId).toBe(actorId);
    expect(best!.outlet).toBe(false);
  });

  it.each(['Reuters', 'AP', 'Associated Press', 'AFP', 'EPA', 'Getty Images', 'The Wall Street Journal', 'Al Jazeera', 'BBC', 'The New York Times', 'Xinhua', 'TASS'])(
    '%s is an outlet, never an actor', (text) => {
      expect(resolveActor(text).best?.outlet).toBe(true);
    });

  it('gives the same actor for the name, the title and the role on a date in the term', () => {
    const ids = ['Netanyahu', 'PM Netanyahu', 'the Israeli PM'].map((t) => resolveActor(t, { date: '2024-01-05' }).best?.actorId);
    expect(new Set(ids)).toEqual(new Set(['netanyahu']));
    expect(resolveActor('Netanyahu').best?.wikidata).toBe('Q43723');
  });

  it('marks an office holder out of office on the article date', () => {
    const r = resolveActor('Netanyahu', { date: '2021-12-01' });
    expect(r.best?.why.join(' ')).toMatch(/not in office/);
  });
});

/** [title phrase, holder, a date inside the term, a date outside it] */
const MINISTERS: [string, string, string, string][] = [
  ['the Dutch foreign minister', 'veldkamp', '2025-01-15', '2025-10-01'],
  ['the Dutch defence minister', 'brekelmans', '2025-01-15', '2023-05-01'],
  ["Japan's defence minister", 'nakatani', '2025-03-01', '2024-05-01'],
  ['Japanese Foreign Minister', 'motegi', '2025-11-15', '2023-01-10'],
  ['the Saudi defence minister', 'khalid-bin-salman', '2024-02-01', '2021-06-01'],
  ['Egyptian Defense Minister', 'saqr', '2025-01-01', '2023-01-01'],
  ['the Lebanese foreign minister', 'rajji', '2025-05-01', '2024-05-01'],
  ['Syrian Defence Minister', 'abu-qasra', '2025-04-01', '2024-06-01'],
  ['Canadian Defence Minister', 'mcguinty', '2025-08-01', '2024-08-01'],
  ['the South African foreign minister', 'lamola', '2025-01-01', '2023-01-01'],
  ['the Nigerian defence minister', 'badaru', '2024-06-01', '2022-06-01'],
  ['Brazilian Foreign Minister', 'mauro-vieira', '2024-06-01', '2020-06-01'],
  ['Taiwanese defense minister', 'wellington-koo', '2025-02-01', '2023-02-01'],
  ['Indonesian Foreign Minister', 'sugiono', '2025-02-01', '2023-02-01'],
  ['the Greek foreign minister', 'gerapetritis', '2024-02-01', '2022-02-01'],
  ['the Greek foreign minister', 'dendias', '2021-02-01', '2024-02-01'],
  ['Hungarian Foreign Minister', 'szijjarto', '2024-02-01', '2012-02-01'],
  ['the Irish foreign minister', 'simon-harris', '2025-06-01', '2024-06-01'],
  ['the Irish foreign minister', 'micheal-martin', '2024-06-01', '2025-06-01'],
  ['Jordanian defence minister', 'jafar-hassan', '2025-01-01', '2023-01-01'],
  ['the Mexican defense minister', 'trevilla', '2025-01-01', '2023-01-01'],
  ['US Defense Secretary', 'esper', '2020-03-01', '2021-03-01'],
  ['the French foreign minister', 'le-drian', '2019-03-01', '2023-03-01'],
  ['South Korean Defense Minister', 'kim-yong-hyun', '2024-11-01', '2025-02-01'],
];

describe('ministers', () => {
  it.each(MINISTERS)('%s is %s on %s and someone else on %s', (title, id, inside, outside) => {
    expect(resolveActor(title, { date: inside }).best?.actorId).toBe(id);
    expect(resolveActor(title, { date: outside }).best?.actorId).not.toBe(id);
  });

  it('a minister named on a date outside the term is marked out of office', () => {
    const r = resolveActor('Szijjarto', { date: '2010-01-01' });
    expect(r.best?.actorId).toBe('szijjarto');
    expect(r.best?.why.join(' ')).toMatch(/not in office/);
  });

  it('has foreign and defence ministers and a head of state or government for 60 countries on 2025-08-01', () => {
    const d = dictionary();
    const roles = new Map<string, Set<string>>();
    for (const actor of d.actors.values()) {
      for (const t of actor.terms) {
        if (t.start > '2025-08-01' || (t.end !== null && t.end < '2025-08-01')) continue;
        if (!roles.has(t.country)) roles.set(t.country, new Set());
        roles.get(t.country)!.add(t.role);
      }
    }
    const covered = [...roles].filter(([, r]) => r.has('FM') && r.has('DM') && (r.has('HOS') || r.has('HOG') || r.has('SL')));
    expect(covered.length).toBeGreaterThanOrEqual(60);
  });
});

/** Demonym variants, state synonyms and office titles: [phrase, country, sector]. */
const COUNTRY_FAMILIES: [string, string, string | null][] = [
  ['Argentine diplomats', 'ARG', 'GOV'],
  ['Argentinian troops', 'ARG', 'MIL'],
  ['Filipino soldiers', 'PHL', 'MIL'],
  ['Emirati officials', 'ARE', 'GOV'],
  ['Congolese army', 'COD', 'MIL'],
  ['Kyrgyz police', 'KGZ', 'COP'],
  ['Kazakh authorities', 'KAZ', 'GOV'],
  ['Azeri forces', 'AZE', 'MIL'],
  ['Serb forces', 'SRB', 'MIL'],
  ['Croat soldiers', 'HRV', 'MIL'],
  ['Bosnian Serbs', 'BIH', 'CVL'],
  ['Iraqi Kurds', 'IRQ', 'CVL'],
  ['Sri Lankan army', 'LKA', 'MIL'],
  ['South Korean officials', 'KOR', 'GOV'],
  ['New Zealand police', 'NZL', 'COP'],
  ['Saudi-led forces', 'SAU', 'MIL'],
  ['the PRC', 'CHN', null],
  ['Bosnia', 'BIH', null],
  ['foreign minister of Japan', 'JPN', 'GOV'],
  ['the Prime Minister of the Netherlands', 'NLD', 'GOV'],
  ["Brazil's defence chief", 'BRA', 'GOV'],
  ['Ukrainian defense chief', 'UKR', 'GOV'],
];

describe('country families', () => {
  it.each(COUNTRY_FAMILIES)('%s -> %s %s', (text, country, sector) => {
    const best = resolveActor(text, { date: '2024-06-01' }).best;
    expect(best?.country).toBe(country);
    expect(best?.sector).toBe(sector);
  });

  const actors = (text: string) => findMentions([{ index: 0, text, offset: 0 }], { date: '2024-06-01' })
    .filter((m) => m.kind === 'actor').map((m) => `${m.text}:${m.entity!.country}:${m.entity!.sector ?? ''}`);

  it('reads a demonym before a same-named small town', () => {
    expect(actors('An Argentine was arrested.')).toEqual(['Argentine:ARG:']);
  });

  it('finds country heads of more than one word and the country of "title of country"', () => {
    expect(actors('The Sri Lankan navy met Bosnian Serbs.')).toEqual(['Sri Lankan navy:LKA:MIL', 'Bosnian Serbs:BIH:CVL']);
    const ms = findMentions([{ index: 0, text: 'The foreign minister of Egypt met Israeli envoys.', offset: 0 }], { date: '2024-06-01' });
    expect(ms.map((m) => `${m.kind}:${m.text}`)).toEqual(['actor:foreign minister of Egypt', 'place:Egypt', 'actor:Israeli envoys']);
    expect(ms[0].entity?.actorId).toBe('shoukry');
  });

  it('gives a national capital that is not a location an actor reading for its government', () => {
    expect(actors('Beijing protested; Washington replied from talks in Moscow.')).toEqual(['Beijing:CHN:GOV', 'Washington:USA:GOV']);
  });

  it('joins plural possessives inside names', () => {
    expect(actors("The Kurdistan Workers' Party declared a truce.")).toEqual(["Kurdistan Workers' Party:TUR:REB"]);
  });

  it('knows earlier heads of state by the date', () => {
    expect(resolveActor('President Bush', { date: '2003-03-20' }).best?.actorId).toBe('bush');
    expect(resolveActor('President Bush', { date: '1991-01-17' }).best?.actorId).toBe('bush-senior');
    expect(resolveActor('the Egyptian president', { date: '2005-01-01' }).best?.actorId).toBe('mubarak');
  });
});

describe('findMentions', () => {
  const find = (text: string, date?: string) => findMentions([{ index: 0, text, offset: 0 }], { date });
  const places = (text: string) => find(text).filter((m) => m.kind === 'place').map((m) => `${m.text}:${m.location!.country}`);

  it('finds places with spans into the text', () => {
    const text = 'Shelling hit Kharkiv and Zaporizhzhia overnight, officials in Kyiv said.';
    const ms = find(text).filter((m) => m.kind === 'place');
    expect(ms.map((m) => m.text)).toEqual(['Kharkiv', 'Zaporizhzhia', 'Kyiv']);
    for (const m of ms) expect(text.slice(...m.span)).toBe(m.text);
  });

  it('reads names and phrases on over the lower-case words they hold, and stops a run at others', () => {
    const text = 'Israeli security forces and the foreign minister of Japan met Bosnia and Herzegovina officials; Obama said Doctors without Borders left.';
    expect(find(text, '2024-06-01').map((m) => `${m.kind}:${m.text}`)).toEqual([
      'actor:Israeli security forces', 'actor:foreign minister of Japan', 'place:Japan', 'place:Bosnia and Herzegovina',
      'actor:Bosnia and Herzegovina officials', 'actor:Obama', 'actor:Doctors without Borders',
    ]);
  });

  it('offsets spans by the sentence offset (body or caption text)', () => {
    const ms = findMentions([{ index: 3, text: 'Smoke rises over Rafah.', offset: 100 }]);
    expect(ms[0]).toMatchObject({ kind: 'place', text: 'Rafah', span: [117, 122], sentence: 3 });
  });

  it('reads a qualifier after a comma', () => {
    expect(places('A tornado struck Lebanon, Tennessee, on Friday.')).toEqual(['Lebanon:USA', 'Tennessee:USA']);
    expect(places('Aid reached Lebanon on Friday.')).toEqual(['Lebanon:LBN']);
  });

  it('uses the article\'s other places for ambiguous names', () => {
    expect(places('Storms hit Atlanta and Savannah in Georgia.')).toContain('Georgia:USA');
    expect(places('Russian troops left Georgia after talks in Tbilisi.')).toContain('Georgia:GEO');
  });

  it('does not take personal names and common words for places', () => {
    expect(places('Michael Jordan met reporters on Monday.')).toEqual([]);
    expect(places('Police said the March rally was peaceful.')).toEqual([]);
  });

  it('finds generic and named actors and outlets', () => {
    const ms = find('Israeli forces raided Jenin, Palestinian officials told Reuters, as Hamas fired rockets.', '2024-02-01');
    const summary = ms.map((m) => `${m.kind}:${m.text}:${m.entity?.country ?? m.location?.country}:${m.entity?.sector ?? ''}`);
    expect(summary).toEqual([
      'actor:Israeli forces:ISR:MIL',
      'place:Jenin:PSE:',
      'actor:Palestinian officials:PSE:GOV',
      'outlet:Reuters:GBR:',
      'actor:Hamas:PSE:REB',
    ]);
  });

  it('resolves a role to the office holder on the article date', () => {
    const m = find('The Israeli PM spoke to the US president.', '2024-03-01').filter((x) => x.kind === 'actor');
    expect(m.map((x) => x.entity!.actorId)).toEqual(['netanyahu', 'biden']);
  });

  it('does not take a sentence-initial "Who" for the WHO', () => {
    expect(find('Who fired first is unclear.').filter((m) => m.kind !== 'place')).toEqual([]);
    expect(find('The WHO warned of cholera.').map((m) => m.entity?.actorId)).toEqual(['who']);
  });

  it('leaves a leading "The" out of a place\'s span', () => {
    const ms = find('The US sent two carriers.');
    expect(ms.map((m) => [m.kind, m.text, m.span])).toEqual([['place', 'US', [4, 6]], ['actor', 'US', [4, 6]]]);
    expect(ms[1].entity).toMatchObject({ country: 'USA', kind: 'state', sector: null });
  });

  it('uses PROPN tags from the lang stage when there are tokens', () => {
    const text = 'Reading the report in Reading, officials cited Mosul.';
    const words = ['Reading', 'Reading', 'Mosul'];
    const starts = [text.indexOf('Reading'), text.indexOf('Reading', 10), text.indexOf('Mosul')];
    const ends = starts.map((start, i) => start + words[i].length);
    const tokens = new Tokens(words, Int32Array.from(starts), Int32Array.from(ends), ['VERB', 'PROPN', 'PROPN'], new Int32Array(3));
    const ms = findMentions([{ index: 0, text, offset: 0 }], { tokens }).filter((m) => m.kind === 'place');
    expect(ms.map((m) => [m.text, m.span[0]])).toEqual([['Reading', 22], ['Mosul', 47]]);
  });

  it('finds country names as places and as actors when they act', () => {
    const ms = find('Iran launched drones at Israel.');
    expect(ms.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Iran', 'Israel']);
    expect(ms.filter((m) => m.kind === 'actor').map((m) => m.text)).toEqual(['Iran']);
  });
});

describe('international bodies by acronym', () => {
  const actors = (text: string) => findMentions([{ index: 0, text, offset: 0 }])
    .filter((m) => m.kind === 'actor').map((m) => `${m.text}:${m.entity!.country}:${m.entity!.sector}`);

  it.each([
    ['The ILO warned that forced labour was spreading.', 'ILO:UNO:IGO'],
    ['APEC ministers agreed to cut tariffs.', 'APEC ministers:APC:GOV'],
    ['The OPCW sent inspectors to the site.', 'OPCW:OPW:IGO'],
    ['The OAU condemned the coup.', 'OAU:AFR:IGO'],
    ['KFOR troops patrolled the border.', 'KFOR troops:NATO:MIL'],
    ['The International Labour Office asked for an inquiry.', 'International Labour Office:UNO:IGO'],
  ])('%s', (text, expected) => {
    expect(actors(text)).toContain(expected);
  });

  it('keeps a capitalised town of the same letters a place', () => {
    const ms = findMentions([{ index: 0, text: 'Fishermen in Ilo protested the port fees.', offset: 0 }]);
    expect(ms.filter((m) => m.kind === 'place').map((m) => `${m.text}:${m.location!.country}`)).toEqual(['Ilo:PER']);
  });

  it('knows armed groups of earlier conflicts', () => {
    expect(actors('UNITA rebels shelled the town while the Moro Islamic Liberation Front talked.'))
      .toEqual(['UNITA rebels:AGO:REB', 'Moro Islamic Liberation Front:PHL:REB']);
  });
});

describe('office holders of the 1990s and 2000s', () => {
  it.each([
    ['Kofi Annan', '1999-04-01', 'kofi-annan', 'UNO'],
    ['Milosevic', '1995-08-01', 'milosevic', 'SRB'],
    ['President Akayev', '2002-01-10', 'akayev', 'KGZ'],
    ['Kabila', '1998-09-01', 'laurent-kabila', 'COD'],
    ['Kabila', '2006-09-01', 'joseph-kabila', 'COD'],
    ['the Greek prime minister', '1994-05-01', 'andreas-papandreou', 'GRC'],
    ['the Zambian president', '2005-05-01', 'mwanawasa', 'ZMB'],
    ['the Russian foreign minister', '1997-02-01', 'primakov', 'RUS'],
    ['US Secretary of State', '1998-03-01', 'albright', 'USA'],
    ['the Haitian president', '1989-06-01', 'avril', 'HTI'],
  ])('%s on %s is %s', (text, date, id, country) => {
    const best = resolveActor(text, { date }).best;
    expect(best?.actorId).toBe(id);
    expect(best?.country).toBe(country);
  });
});

describe('surnames that are also towns', () => {
  const read = (text: string, date?: string) => findMentions([{ index: 0, text, offset: 0 }], { date })
    .map((m) => `${m.kind}:${m.text}:${m.kind === 'place' ? m.location!.country : m.entity!.actorId ?? m.entity!.country}`);

  it('reads a surname named in full earlier as the person, not the town', () => {
    expect(read('Adviser John Bolton arrived. Bolton later met the rebels.', '2019-03-01')).toEqual([
      'actor:John Bolton:john-bolton', 'actor:Bolton:john-bolton', 'actor:rebels:null',
    ]);
    expect(read('Minister Delfin Lorenzana flew home. Lorenzana praised the pilots.').filter((m) => m.startsWith('place'))).toEqual([]);
  });

  it('reads a surname after a personal title or before "said" as a person', () => {
    expect(read('Mr. Bolton left early.', '2019-03-01')).toEqual(['actor:Bolton:john-bolton']);
    expect(read('Lorenzana said the base was secure.')).toEqual([]);
  });

  it('reads a bare surname as the office holder only on a date in the term', () => {
    expect(read('Bolton rejected the offer.', '2019-03-01')).toEqual(['actor:Bolton:john-bolton']);
    expect(read('Bolton rejected the offer.', '2012-03-01')).toEqual(['place:Bolton:GBR']);
  });

  it('keeps the town after a locative and keeps capitals that speak for governments', () => {
    expect(read('Officers in Bolton arrested two men.', '2019-03-01')).toEqual(['place:Bolton:GBR']);
    expect(read('Washington said the talks would resume.')).toEqual(['place:Washington:USA', 'actor:Washington:USA']);
  });
});

describe('countries qualified by an alliance or named by their hardware', () => {
  const actors = (text: string) => findMentions([{ index: 0, text, offset: 0 }])
    .filter((m) => m.kind === 'actor').map((m) => `${m.text}:${m.entity!.country}:${m.entity!.sector ?? ''}`);

  it('reads "NATO-member Norway" as Norway', () => {
    expect(actors('NATO-member Denmark will send two frigates.')).toEqual(['Denmark:DNK:']);
  });

  it('reads a country\'s drones and missiles as its military, also after a capitalised word', () => {
    expect(actors('Frequent US Reaper flights worried the villagers.')).toEqual(['US Reaper:USA:MIL', 'villagers:null:CVL']);
    expect(actors('Russian missiles hit the grid.')).toEqual(['Russian missiles:RUS:MIL']);
  });

  it('reads "The Argentine" as the demonym, and a middle initial as part of the name', () => {
    expect(actors('The Argentine was arrested.')).toEqual(['Argentine:ARG:']);
    expect(findMentions([{ index: 0, text: 'George W. Bush spoke.', offset: 0 }])[0]?.text).toBe('George W. Bush');
  });
});

describe('peoples', () => {
  const actors = (text: string) => findMentions([{ index: 0, text, offset: 0 }])
    .filter((m) => m.kind === 'actor').map((m) => `${m.text}:${m.entity!.country}:${m.entity!.sector}`);

  it('codes an ethnic group by the country the sentence places it in', () => {
    expect(actors('Ethnic Hungarians in northern Romania held a rally.')).toEqual(['Hungarians:ROU:CVL']);
    expect(actors('Hungarians held a rally in Budapest.')).toEqual(['Hungarians:HUN:CVL']);
  });

  it('gives peoples that several countries share no country of their own', () => {
    expect(actors('Tutsi refugees crossed the border.')).toEqual(['Tutsi:null:CVL', 'refugees:null:REF']);
  });
});
