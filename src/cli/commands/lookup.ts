// `sitrep lookup`: what a name resolves to, with the ranked candidates and why the winner won.
import { findMentions, loadKnowledge, resolveActor, resolvePlace, type ActorCandidate, type PlaceCandidate } from '../../know/index.ts';
import { isoDate, parseOptions, positiveInteger, UsageError, type Command } from '../options.ts';

const help = `Usage: sitrep lookup "TEXT" [options]

Shows what a place or actor name resolves to, the ranked candidates and why the winner won.

Options:
  --context TEXT   a sentence or article around the name: its places steer the choice
  --date DATE      article date (YYYY-MM-DD): office holders are checked against it
  --limit N        candidates shown per kind (default 5)
  --json           print {"query", "places": [...], "actors": [...]}
  -h, --help       show this help

Examples:
  sitrep lookup Georgia --context "Storms hit Atlanta and Savannah."
  sitrep lookup "the Israeli PM" --date 2024-03-01`;

export const command: Command = {
  summary: 'show what a place or actor name resolves to, and why',
  help,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      context: { type: 'string' },
      date: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1 || !positionals[0].trim()) throw new UsageError('give exactly one name to look up (quote names with spaces)');
    const query = positionals[0].trim();
    const date = isoDate(values.date, '--date');
    const limit = positiveInteger(values.limit, '--limit') ?? 5;

    loadKnowledge();
    const countries = values.context ? contextCountries(values.context) : [];
    const places = resolvePlace(query, { countries }).candidates.slice(0, limit);
    const actors = resolveActor(query, { date, countries }).candidates.slice(0, limit);

    if (values.json) {
      console.log(JSON.stringify({ query, places: places.map(placeRecord), actors: actors.map(actorRecord) }, null, 2));
      return 0;
    }
    console.log(`"${query}"${date ? ` on ${date}` : ''}${countries.length ? ` (context: ${[...new Set(countries)].join(', ')})` : ''}`);
    printPlaces(places);
    printActors(actors);
    if (!places.length && !actors.length) console.log('\nno place or actor of that name is known');
    return 0;
  },
};

/** Countries of the places named in the context text, one entry per mention. */
function contextCountries(context: string): string[] {
  return findMentions([{ index: 0, text: context, offset: 0 }])
    .filter((m) => m.kind === 'place' && m.location?.country)
    .map((m) => m.location!.country!);
}

function placeRecord(c: PlaceCandidate) {
  return {
    name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, precision: c.precision,
    geonameId: c.geonameId, population: c.population, feature: c.feature, score: c.score, why: c.why,
  };
}

function actorRecord(c: ActorCandidate) {
  return {
    name: c.name, country: c.country, sector: c.sector, kind: c.kind, wikidata: c.wikidata, actorId: c.actorId,
    outlet: c.outlet, score: c.score, why: c.why,
  };
}

function printPlaces(places: PlaceCandidate[]): void {
  if (!places.length) return;
  console.log('\nplaces:');
  places.forEach((c, i) => {
    const where = [c.admin1 && c.admin1 !== c.name ? c.admin1 : null, c.country].filter(Boolean).join(', ');
    console.log(`  ${i === 0 ? '*' : ' '} ${c.score.toFixed(2).padStart(6)}  ${c.name} (${where || 'no country'}) ${c.precision} ` +
      `${c.lat.toFixed(3)},${c.lon.toFixed(3)}${c.geonameId ? ` geonames:${c.geonameId}` : ''}`);
    console.log(`             ${c.why.join('; ')}`);
  });
}

function printActors(actors: ActorCandidate[]): void {
  if (!actors.length) return;
  console.log('\nactors:');
  actors.forEach((c, i) => {
    const label = c.outlet ? 'outlet (not an actor)' : `${c.country ?? 'no country'} ${c.sector ?? '-'} ${c.kind}`;
    console.log(`  ${i === 0 ? '*' : ' '} ${c.score.toFixed(2).padStart(6)}  ${c.name ?? '(generic)'} ${label}` +
      `${c.actorId ? ` id:${c.actorId}` : ''}${c.wikidata ? ` ${c.wikidata}` : ''}`);
    console.log(`             ${c.why.join('; ')}`);
  });
}
