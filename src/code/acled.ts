// ACLED event type and sub-event type for violent, protest and a few strategic events.
// Names are ACLED's exact strings, from its public codebook.
import type { AcledCode, Entity, PloverType } from '../model/types.ts';

const code = (eventType: string, subEventType: string): AcledCode => ({ eventType, subEventType });
const REMOTE = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';

const CIVILIAN_VICTIMS = /\b(civilians?|villagers?|residents?|worshippers?|passengers?|children|women|families|farmers|students|journalists?|aid workers?|pilgrims|shoppers|people|refugees|migrants|market|school|hospital|mosque|church|homes?|houses?)\b/i;
const ARMED_PARTIES = /\b(troops?|soldiers?|army|military|forces|militants?|militias?|rebels?|insurgents?|fighters|police|checkpoint|base|convoy|patrol|positions?|barracks|outpost)\b/i;

/** ACLED code for an event, from its type, modes, sentence and parties; null when ACLED has none. */
export function acledFor(type: PloverType, modes: readonly string[], sentence: string, recipients: readonly Entity[], actors: readonly Entity[]): AcledCode | null {
  if (type === 'PROTEST') {
    if (modes.includes('riot') || modes.includes('vandalize') || /\b(riot\w*|threw (?:stones|rocks|petrol bombs|molotov)|torched|set fire|looted|violent protests?)\b/i.test(sentence)) return code('Riots', 'Violent demonstration');
    if (/\b(police|security forces|troops|soldiers)\b[^.]{0,60}\b(killed|shot dead|opened fire|live (?:fire|ammunition|rounds))\b/i.test(sentence)) return code('Protests', 'Excessive force against protesters');
    if (/\b(tear ?gas|water cannons?|rubber bullets|dispersed|arrested|detained|baton)\b/i.test(sentence)) return code('Protests', 'Protest with intervention');
    return code('Protests', 'Peaceful protest');
  }
  if (type === 'COERCE') {
    if (modes.includes('arrest')) return code('Strategic developments', 'Arrests');
    if (modes.includes('destroy')) return code('Strategic developments', 'Looting/property destruction');
    if (modes.includes('seize') && /\b(town|city|village|territory|region|district)\b/i.test(sentence)) return code('Strategic developments', 'Non-violent transfer of territory');
    return null;
  }
  if (type === 'AGREE' && /\b(ceasefire|truce|peace (?:deal|agreement|accord))\b/i.test(sentence)) return code('Strategic developments', 'Agreement');
  if (type === 'RETREAT' && modes.includes('ceasefire')) return code('Strategic developments', 'Agreement');
  if (type !== 'ASSAULT') return null;

  const protestTarget = recipients.some((r) => /protest|demonstrat|crowd|marcher/i.test(r.text)) || /\b(protesters|demonstrators|marchers)\b/i.test(sentence);
  if (modes.includes('crowd-control') || (protestTarget && /\b(police|security forces|troops|soldiers)\b/i.test(sentence))) {
    return /\b(killed|dead|shot dead|live (?:fire|ammunition))\b/i.test(sentence)
      ? code('Protests', 'Excessive force against protesters')
      : code('Protests', 'Protest with intervention');
  }
  if (modes.includes('unconventional')) return code(REMOTE, 'Chemical weapon');
  if (modes.includes('suicide-attack')) return code(REMOTE, 'Suicide bomb');
  if (modes.includes('drone') || modes.includes('aerial') || /\b(air ?strikes?|air raids?|drones?|warplanes?|helicopter gunships?|air attacks?|aerial)\b/i.test(sentence)) return code(REMOTE, 'Air/drone strike');
  if (modes.includes('heavy-weapons') || /\b(shell(?:ed|ing)|artillery|mortars?|rockets?|missiles?)\b/i.test(sentence)) return code(REMOTE, 'Shelling/artillery/missile attack');
  if (/\bgrenades?\b/i.test(sentence)) return code(REMOTE, 'Grenade');
  if (modes.includes('explosives')) return code(REMOTE, 'Remote explosive/landmine/IED');
  if (modes.includes('sexual')) return code(VAC, 'Sexual violence');
  if (modes.includes('abduct')) return code(VAC, 'Abduction/forced disappearance');
  if (modes.includes('territory')) {
    if (/\b(recaptur|retak|retook|regain)/i.test(sentence) || actors.some((a) => a.sector === 'MIL' || a.sector === 'GOV')) return code('Battles', 'Government regains territory');
    return code('Battles', 'Non-state actor overtakes territory');
  }
  if (/\b(mob|lynch\w*)\b/i.test(sentence)) return code('Riots', 'Mob violence');
  if (/\b(clash\w*|fighting|fought|gun ?battles?|firefights?|gunfights?|exchange(?:d)? (?:of )?fire|battles?)\b/i.test(sentence)) return code('Battles', 'Armed clash');
  const victims = recipients.map((r) => r.text).join(' ');
  if (CIVILIAN_VICTIMS.test(victims)) return code(VAC, 'Attack');
  if (ARMED_PARTIES.test(victims) || recipients.some((r) => r.sector === 'MIL' || r.sector === 'COP' || r.sector === 'REB')) return code('Battles', 'Armed clash');
  if (CIVILIAN_VICTIMS.test(sentence) && !ARMED_PARTIES.test(sentence)) return code(VAC, 'Attack');
  return null;
}
