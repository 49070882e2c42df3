// How many: dead, injured, arrested, attacks, troops, crowd size, and other counted things.
import type { Magnitude, PloverType, Quantity } from '../model/types.ts';
import type { QuantityMention } from '../pipeline/doc.ts';

const DEAD_AFTER = /^[\s\w-]{0,40}?\b(?:were|was|have been|had been|are|being)?\s*(?:killed|dead|died|slain|murdered|executed|massacred|lost their lives|perished|fatalities|deaths|bodies)\b/i;
const DEAD_BEFORE = /\b(?:kill(?:ing|ed|s)?|left|leaving|claim(?:ed|ing)? the lives of|death toll[\w\s]{0,20}?(?:to|at|of)|deaths? of|murder(?:ed|ing)?|slaughter(?:ed|ing)?|execut(?:ed|ing)|massacr(?:ed|ing))\s+(?:at least\s+|some\s+|about\s+|nearly\s+|more than\s+|over\s+|up to\s+)?$/i;
const INJURED_AFTER = /^[\s\w-]{0,40}?\b(?:were|was|have been|had been|are)?\s*(?:injured|wounded|hurt|hospitali[sz]ed|injuries)\b/i;
const INJURED_BEFORE = /\b(?:injur(?:ing|ed)|wound(?:ing|ed)|hurt(?:ing)?)\s+(?:at least\s+|some\s+|about\s+|nearly\s+|more than\s+|another\s+)?$/i;
const ARRESTED_AFTER = /^[\s\w-]{0,40}?\b(?:were|was|have been|had been)?\s*(?:arrested|detained|held|taken into custody|jailed|rounded up|apprehended)\b/i;
const ARRESTED_BEFORE = /\b(?:arrest(?:ing|ed)?|detain(?:ing|ed)?|round(?:ing|ed) up|jail(?:ing|ed))\s+(?:at least\s+|some\s+|about\s+|nearly\s+|more than\s+)?$/i;
const ATTACK_UNITS = /^(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|assaults?|bombings?|ambushes|shellings?|incidents|explosions|blasts)$/i;
const TROOP_UNITS = /^(?:troops|soldiers|reservists|personnel|servicemen|servicemembers|marines|forces|police|policemen|officers|fighters|paratroopers|men)$/i;
const CROWD_UNITS = /^(?:people|protesters|protestors|demonstrators|students|workers|marchers|supporters|residents|activists|participants|strikers)$/i;
const NOT_COUNTED = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilometres?|kilometers?|miles?|metres?|meters?|percent|per cent|%|times|am|pm|points?)$/i;

function bare(q: QuantityMention): Quantity {
  return { value: q.value, qualifier: q.qualifier, low: q.low, high: q.high, text: q.text, span: q.span };
}

/**
 * Assigns each quantity of a sentence to a magnitude slot by its unit and the words around it.
 * `sentenceStart` is the sentence's offset in its source; `sentence` its text.
 */
export function magnitudeOf(type: PloverType, quantities: readonly QuantityMention[], sentence: string, sentenceStart: number): Magnitude {
  const magnitude: Magnitude = {};
  for (const q of quantities) {
    const at = q.span[0] - sentenceStart;
    const end = q.span[1] - sentenceStart;
    const before = sentence.slice(Math.max(0, at - 50), at);
    const after = sentence.slice(end, end + 60);
    const unit = q.unit ?? '';
    if (NOT_COUNTED.test(unit) || (/^\$|€|£/.test(q.text) && !unit)) continue;
    if (/^(?:dead|deaths?|killed|fatalities|bodies)$/i.test(unit) || DEAD_AFTER.test(after) || DEAD_BEFORE.test(before)) {
      magnitude.dead ??= bare(q);
    } else if (/^(?:injured|wounded|injuries)$/i.test(unit) || INJURED_AFTER.test(after) || INJURED_BEFORE.test(before)) {
      magnitude.injured ??= bare(q);
    } else if (/^(?:arrests|detainees)$/i.test(unit) || ARRESTED_AFTER.test(after) || ARRESTED_BEFORE.test(before)) {
      magnitude.arrested ??= bare(q);
    } else if (ATTACK_UNITS.test(unit)) {
      magnitude.attacks ??= bare(q);
    } else if (TROOP_UNITS.test(unit) && (type === 'MOBILIZE' || type === 'RETREAT' || type === 'AID')) {
      magnitude.troops ??= bare(q);
    } else if (CROWD_UNITS.test(unit) && type === 'PROTEST') {
      magnitude.size ??= bare(q);
    } else if (unit) {
      (magnitude.other ??= []).push({ value: q.value, qualifier: q.qualifier, low: q.low, high: q.high, text: q.text, span: q.span, what: unit });
    }
  }
  return magnitude;
}
