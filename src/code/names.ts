// Trigger words that are part of a capitalised name ("Popular Mobilization Forces", "Invasion Day",
// "Air Assault School"): the name is not an event.

/** A capitalised word: an upper-case letter then a lower-case one ("Assault"; not "UN", not "a"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
/** Lower-case words that join the words of a name ("Court of Appeals", "Fire and Rescue"). */
const NAME_JOINER = /^(?:of|and|for|&)$/;
/** Word characters, for finding a word's bounds: letters, marks, digits, apostrophes and hyphens. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** Words of at least this many letters decide whether a sentence is in title case (short ones: "of", "the", "in" stay lower case in headlines). */
const HEADLINE_WORD_LETTERS = 4;
const LONG_WORD = new RegExp(`\\p{L}{${HEADLINE_WORD_LETTERS},}`, 'gu');
/**
 * A sentence whose long words are at most this share lower case is written in title case (a
 * headline), where every word is capitalised. Prose dense with names still has its verbs and
 * common nouns in lower case ("The Air Assault School trained instructors at Fort Campbell": 2 of
 * its 6 long words).
 */
const HEADLINE_LOWER_SHARE = 0.15;

/** Whether the sentence is written in title case ("Troops Attack Village Near Border"). */
export function isTitleCase(sentence: string): boolean {
  let words = 0;
  let lower = 0;
  for (const match of sentence.matchAll(LONG_WORD)) {
    words++;
    if (!/^\p{Lu}/u.test(match[0])) lower++;
  }
  return words >= 2 && lower <= HEADLINE_LOWER_SHARE * words;
}

/** The word of `text` that ends just before the single space at `at - 1`, or null when no such word touches it. */
function wordBefore(text: string, at: number): string | null {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return null;
  let start = at - 1;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return start < at - 1 ? text.slice(start, at - 1) : null;
}

/** The word of `text` that starts just after the single space at `at`, or null. */
function wordAfter(text: string, at: number): string | null {
  if (text.charCodeAt(at) !== 32) return null;
  let end = at + 1;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return end > at + 1 ? text.slice(at + 1, end) : null;
}

/**
 * Whether the word at text[start, end) is a capitalised word inside a run of capitalised words joined
 * by single spaces: a name, not an event. The sentence's first word is capitalised anyway, so there
 * only the word after counts; a title-case sentence (isTitleCase) capitalises every word, so the
 * caller asks only of other sentences.
 */
export function isInsideName(text: string, start: number, end: number): boolean {
  if (!TITLE_WORD.test(text.slice(start, end))) return false;
  const after = wordAfter(text, end);
  if (after !== null && TITLE_WORD.test(after)) return true;
  const before = wordBefore(text, start);
  if (before === null) return false;
  // "Court of Appeals", "Fire and Rescue": a capitalised word after a name's joining word and a capitalised word
  const beforeStart = start - 1 - before.length;
  if (NAME_JOINER.test(before)) {
    const further = wordBefore(text, beforeStart);
    return further !== null && TITLE_WORD.test(further) && !opensSentence(text, beforeStart - 1 - further.length);
  }
  return TITLE_WORD.test(before) && !opensSentence(text, beforeStart);
}

/** Whether the word at `start` opens the sentence (no letter before it): capitalised whatever it is. */
function opensSentence(text: string, start: number): boolean {
  return !/\p{L}/u.test(text.slice(0, start));
}
