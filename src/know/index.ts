// Know stage: places and actors named in the text, resolved offline.
//
// Programmatic API (stable; the event coder calls it):
//   resolvePlace(text, { countries?, outletCountry?, qualifier? }) -> { best, candidates, confidence }
//     best: { name, country (ISO3), admin1, lat, lon, precision, geonameId, population, feature, score, why } | null
//   resolveActor(text, { date?, countries? }) -> { best, candidates }
//     best: { actorId, name, country (ISO3 or IGO code), sector (PLOVER), kind, wikidata, outlet, score, why } | null
//     "Netanyahu", "PM Netanyahu" and "the Israeli PM" (on a date in his term) give the same actorId.
//     "American officials" -> USA GOV; "militants" -> REB with no country; outlets have outlet: true.
//   findMentions(sentences, { date?, outletCountry?, tokens? }) -> Mention[] (what the stage runs).
//   loadKnowledge() loads the gazetteer, the dictionary and the scan's tables (the stage's init does it).
import type { Stage } from '../pipeline/stage.ts';
import { dictionary } from './actors.ts';
import { gazetteer } from './gazetteer.ts';
import { findMentions, loadScanTables } from './mentions.ts';
import { admin1Point } from './places.ts';
import { resolveActor } from './resolve-actor.ts';

export { findMentions, type SentenceInput } from './mentions.ts';
export { resolvePlace, type PlaceCandidate, type PlaceContext, type PlaceResolution } from './places.ts';
export { resolveActor, type ActorCandidate, type ActorContext, type ActorResolution } from './resolve-actor.ts';

export function loadKnowledge(): void {
  gazetteer();
  dictionary();
  loadScanTables();
  admin1Point(null, null); // reads data/admin1-points.tsv now: a bad line fails the start, not an article
}

export const knowStage: Stage = {
  name: 'know',
  requires: ['article', 'sentences', 'tokens'],
  assigns: ['mentions'],
  async init() {
    loadKnowledge();
  },
  run(doc) {
    const article = doc.article!;
    const outlet = article.outlet ? resolveActor(article.outlet).best : null;
    doc.mentions = findMentions(doc.sentences!, {
      date: article.published?.value, outletCountry: outlet?.outlet ? outlet.country ?? undefined : undefined, tokens: doc.tokens,
    });
  },
};
