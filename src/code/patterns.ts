// A small phrase language for the lexicon, compiled to sticky regular expressions.
//   attack~      verb forms: attack, attacks, attacked, attacking (irregulars from a table)
//   attack+      noun forms: attack, attacks
//   a|b~|c+      alternatives in one slot
//   word?        optional slot
//   *  or  *N    gap of 0..N words (default 4) that stays inside the clause
//   air-strike   a hyphen matches a hyphen, a space or nothing
//   end_to       an underscore joins the words of one alternative ("ceasefire|end_to")
// Matching is case-insensitive, except that a phrase starting with `=` (e.g. `=march~`) must start
// in lower case, so that "March" the month or "Shell" the company never trigger.

const IRREGULAR: Record<string, string[]> = {
  hold: ['hold', 'holds', 'held', 'holding'],
  meet: ['meet', 'meets', 'met', 'meeting'],
  send: ['send', 'sends', 'sent', 'sending'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  fight: ['fight', 'fights', 'fought', 'fighting'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  flee: ['flee', 'flees', 'fled', 'fleeing'],
  strike: ['strike', 'strikes', 'struck', 'striking'],
  throw: ['throw', 'throws', 'threw', 'thrown', 'throwing'],
  blow: ['blow', 'blows', 'blew', 'blown', 'blowing'],
  set: ['set', 'sets', 'setting'],
  hit: ['hit', 'hits', 'hitting'],
  begin: ['begin', 'begins', 'began', 'begun', 'beginning'],
  break: ['break', 'breaks', 'broke', 'broken', 'breaking'],
  withdraw: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  bring: ['bring', 'brings', 'brought', 'bringing'],
  forbid: ['forbid', 'forbids', 'forbade', 'forbidden', 'forbidding'],
  beat: ['beat', 'beats', 'beaten', 'beating'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  tell: ['tell', 'tells', 'told', 'telling'],
  put: ['put', 'puts', 'putting'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  lay: ['lay', 'lays', 'laid', 'laying'],
  cut: ['cut', 'cuts', 'cutting'],
  shut: ['shut', 'shuts', 'shutting'],
  spend: ['spend', 'spends', 'spent', 'spending'],
  lead: ['lead', 'leads', 'led', 'leading'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  slay: ['slay', 'slays', 'slew', 'slain', 'slaying'],
  stand: ['stand', 'stands', 'stood', 'standing'],
  step: ['step', 'steps', 'stepped', 'stepping'],
  win: ['win', 'wins', 'won', 'winning'],
  freeze: ['freeze', 'freezes', 'froze', 'frozen', 'freezing'],
  sell: ['sell', 'sells', 'sold', 'selling'],
  pay: ['pay', 'pays', 'paid', 'paying'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  come: ['come', 'comes', 'came', 'coming'],
  make: ['make', 'makes', 'made', 'making'],
  draw: ['draw', 'draws', 'drew', 'drawn', 'drawing'],
  find: ['find', 'finds', 'found', 'finding'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  rape: ['rape', 'rapes', 'raped', 'raping'],
  lie: ['lie', 'lies', 'lay', 'lying'],
  overrun: ['overrun', 'overruns', 'overran', 'overrunning'],
  undertake: ['undertake', 'undertakes', 'undertook', 'undertaken', 'undertaking'],
  rise: ['rise', 'rises', 'rose', 'risen', 'rising'],
  run: ['run', 'runs', 'ran', 'running'],
  split: ['split', 'splits', 'splitting'],
  upset: ['upset', 'upsets', 'upsetting'],
  outlaw: ['outlaw', 'outlaws', 'outlawed', 'outlawing'],
  stab: ['stab', 'stabs', 'stabbed', 'stabbing'],
  ban: ['ban', 'bans', 'banned', 'banning'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  kidnap: ['kidnap', 'kidnaps', 'kidnapped', 'kidnapping', 'kidnaped', 'kidnaping'],
  ship: ['ship', 'ships', 'shipped', 'shipping'],
  drop: ['drop', 'drops', 'dropped', 'dropping'],
  stop: ['stop', 'stops', 'stopped', 'stopping'],
  rob: ['rob', 'robs', 'robbed', 'robbing'],
  grab: ['grab', 'grabs', 'grabbed', 'grabbing'],
  jail: ['jail', 'jails', 'jailed', 'jailing'],
  shell: ['shell', 'shells', 'shelled', 'shelling'],
  patrol: ['patrol', 'patrols', 'patrolled', 'patrolling'],
  control: ['control', 'controls', 'controlled', 'controlling'],
  compel: ['compel', 'compels', 'compelled', 'compelling'],
  expel: ['expel', 'expels', 'expelled', 'expelling'],
  repel: ['repel', 'repels', 'repelled', 'repelling'],
  cancel: ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling'],
  commit: ['commit', 'commits', 'committed', 'committing'],
  permit: ['permit', 'permits', 'permitted', 'permitting'],
  submit: ['submit', 'submits', 'submitted', 'submitting'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  acquit: ['acquit', 'acquits', 'acquitted', 'acquitting'],
  extradite: ['extradite', 'extradites', 'extradited', 'extraditing'],
};

const VOWELS = 'aeiou';

/** Surface forms of a regular or irregular English verb. */
export function verbForms(base: string): string[] {
  const known = IRREGULAR[base];
  if (known) return known;
  const last = base.at(-1)!;
  const beforeLast = base.at(-2) ?? '';
  const forms = new Set([base]);
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(base + 'es');
  else if (last === 'y' && !VOWELS.includes(beforeLast)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  if (last === 'e') {
    forms.add(base + 'd');
    forms.add(base.endsWith('ee') ? base + 'ing' : base.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWELS.includes(beforeLast)) {
    forms.add(base.slice(0, -1) + 'ied');
    forms.add(base + 'ing');
  } else {
    forms.add(base + 'ed');
    forms.add(base + 'ing');
    // Short verbs ending consonant-vowel-consonant may double it (slammed, travelled); the
    // extra forms that never occur are harmless.
    if (base.length <= 6 && /[^aeiou][aeiou][bdglmnprt]$/.test(base)) {
      forms.add(base + last + 'ed');
      forms.add(base + last + 'ing');
    }
  }
  return [...forms];
}

export function nounForms(base: string): string[] {
  const last = base.at(-1)!;
  if (/(s|x|z|ch|sh)$/.test(base)) return [base, base + 'es'];
  if (last === 'y' && !VOWELS.includes(base.at(-2) ?? '')) return [base, base.slice(0, -1) + 'ies'];
  return [base, base + 's'];
}

function escapeWord(word: string): string {
  if (word.includes('_')) return word.split('_').map(escapeWord).join('\\s+');
  return word
    .split('-')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : '\\' + c)))
    .join('[-\\s]?');
}

function slotForms(slot: string): string[] {
  return slot.split('|').flatMap((alt) => {
    if (alt.endsWith('~')) return verbForms(alt.slice(0, -1));
    if (alt.endsWith('+')) return nounForms(alt.slice(0, -1));
    return [alt];
  });
}

// A gap word may hold inner full stops ("U.N.", "5.1"), never a sentence-final one, and a gap
// never crosses into a subordinate clause ("suspended after last week's protests").
const GAP_WORD = "(?!(?:after|before|following|since|because|amid|despite|during|while|until|unless|although|though|when|whereas)\\b)(?:[^\\s.;:!?()\"“”]|\\.(?=[^\\s.]))+\\.?";

export interface CompiledPattern {
  regex: RegExp;
  /** Lower-case surface forms of the first slot: the index keys. */
  firstWords: string[];
  /** The match must start with a lower-case letter. */
  lowerFirst: boolean;
  /**
   * For each required slot after the first, the keys one of which must start a word of the sentence
   * for the phrase to match: a cheap test before the regex (see requiredKeys).
   */
  required: string[][];
  /**
   * Set when the phrase is one slot of plain lower-case letter forms: its regex then matches
   * exactly where a word's key (findTriggers) is one of them and no hyphen follows the key.
   */
  oneWord: boolean;
  /**
   * Set when the first slot is plain lower-case letter forms and a required word slot follows it
   * with no gap: the keys (as in `required`) one of which the word right after the first word, past
   * white space only, must have.
   */
  nextKeys: string[] | null;
}

/**
 * The keys a required slot's match can start a word with, as findTriggers reads a word start (a
 * letter after whitespace, since every slot after the first follows whitespace): its lower-case
 * letters and digits up to any other character, each hyphen of a form matched as a hyphen, a space
 * or nothing ("air-strike": "air", "airstrike"). Null when some form starts otherwise than with a
 * letter: no key to look for.
 */
function requiredKeys(forms: readonly string[]): string[] | null {
  const keys = new Set<string>();
  for (const form of forms) {
    let joined = '';
    for (const part of form.toLowerCase().split('-')) {
      joined += part;
      const key = /^[a-z0-9]*/.exec(joined)![0];
      if (!/^[a-z]/.test(key)) return null;
      keys.add(key);
      // A character other than a letter or digit ends the key: later parts no longer change it.
      if (key.length < joined.length) break;
    }
  }
  return [...keys].sort();
}

/** Compiles a lexicon phrase into a sticky regex anchored at a word start. */
export function compilePattern(phrase: string): CompiledPattern {
  const slots = phrase.trim().split(/\s+/);
  let source = '';
  let firstWords: string[] | null = null;
  const required: string[][] = [];
  let needSeparator = false;
  for (const raw of slots) {
    const gap = /^\*(\d*)$/.exec(raw);
    if (gap) {
      const n = gap[1] ? Number(gap[1]) : 4;
      if (needSeparator) source += '\\s+';
      source += `(?:${GAP_WORD}\\s+){0,${n}}`;
      needSeparator = false;
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = raw.replace(/^=/, '').replace(/\?$/, '');
    const forms = slotForms(body);
    if (firstWords === null) {
      if (optional) throw new Error(`lexicon phrase "${phrase}" must not start with an optional slot`);
      firstWords = forms.map((f) => f.toLowerCase().split(/[-_]/)[0].replace(/'.*/, ''));
    } else if (!optional) {
      const keys = requiredKeys(forms);
      if (keys) required.push(keys);
    }
    const alternatives = forms
      .sort((a, b) => b.length - a.length)
      .map(escapeWord)
      .join('|');
    const sep = needSeparator ? '\\s+' : '';
    source += optional ? `(?:${sep}(?:${alternatives}))?` : `${sep}(?:${alternatives})`;
    needSeparator = true;
  }
  if (!firstWords) throw new Error(`lexicon phrase "${phrase}" is empty`);
  const plainFirst = slotForms(slots[0].replace(/^=/, '')).every((f) => /^[a-z]+$/.test(f));
  const oneWord = slots.length === 1 && !slots[0].endsWith('?') && plainFirst;
  const second = slots[1];
  const nextKeys = plainFirst && second !== undefined && !/^\*\d*$/.test(second) && !second.endsWith('?') ? requiredKeys(slotForms(second)) : null;
  return { regex: new RegExp(source + '(?![\\w-])', 'iy'), firstWords, lowerFirst: phrase.trim().startsWith('='), required, oneWord, nextKeys };
}
