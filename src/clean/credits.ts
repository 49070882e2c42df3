// Photo credits: the agencies and picture libraries news sites name under photos,
// and how a caption's text splits from its credit (glued, bracketed or after a cue).
import { isSpaceChar } from '../text/chars.ts';

/** Longest names first, so "Getty Images" wins over "Getty". */
const AGENCIES = [
  'Getty Images', 'Getty', 'Rex Features', 'Rex/Shutterstock', 'Rex', 'Shutterstock', 'Alamy Stock Photo', 'Alamy',
  'Reuters', 'AFP', 'AP Photo', 'AP', 'EPA-EFE', 'EPA', 'EFE', 'PA Wire', 'PA Images', 'PA Media', 'PA', 'Bloomberg',
  'Press Association', 'Associated Press', 'Agence France-Presse', 'Anadolu Agency', 'Anadolu', 'Xinhua', 'AAP',
  'ANP', 'ANSA', 'dpa', 'DPA', 'Kyodo', 'Yonhap', 'TASS', 'Sputnik', 'UPI', 'Sipa USA', 'SIPA', 'Sipa', 'NurPhoto',
  'ZUMA Press', 'Zuma Press', 'ZUMA', 'Abaca', 'Backgrid', 'Splash News', 'WENN', 'MEGA', 'Corbis', 'iStock',
  'Photoshot', 'Pool', 'Handout', 'Supplied', 'Instagram', 'Twitter', 'Facebook', 'SOPA Images', 'LightRocket',
  'Universal Images Group', 'Hindustan Times', 'Xinhua News Agency', 'Imago', 'IMAGO', 'NASA', 'Wikimedia Commons',
];

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY_ALTERNATION = AGENCIES.map(escape).join('|');

/** Optional continuation of a credit: "via Getty Images", "/Reuters", "for X". */
const CREDIT_TAIL = String.raw`(?:\s*(?:via|/|for)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*`;
/** "Reuters", "AFP via Getty Images", "Jane Doe/AP", "EPA-EFE/John Smith". */
const CREDIT = String.raw`(?:(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?)?(?:${AGENCY_ALTERNATION})${CREDIT_TAIL}`;

const WHOLE_CREDIT = new RegExp(String.raw`^(?:(?:photo|picture|image|credit|photograph|source|pic|foto)s?\s*(?:credit)?\s*[:,]\s*)?(${CREDIT})\.?$`, 'i');
/** Agency glued in front of the caption: "EPATanks gathered ...". */
const GLUED_FRONT = new RegExp(String.raw`^(${CREDIT})(?=[A-Z0-9“"‘'])`);
/** Agency glued after the caption: "... near the borderRex Features". */
const GLUED_BACK = new RegExp(String.raw`(?<=[\p{Ll}\d.)”"’'!?])(${CREDIT})$`, 'u');
const CUE = String.raw`(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?|[Ii]mages?|IMAGES?|[Cc]redit|CREDIT|[Pp]ic|[Ff]oto)(?:\s*(?:[Cc]redit|by))?\s*[:.]?\s*`;
/** Credit after an explicit cue: "... (Photo: AFP)", "... Photo by Jane Doe/Getty Images", "... | Reuters". */
const CUED_BACK = new RegExp(
  String.raw`\s*(?:[(\[]\s*)?(?:${CUE}|[|—–-]\s+|[(\[]\s*)((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*(?:\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?${CREDIT_TAIL})\s*[)\]]?\.?$`,
);
/** An agency credit written as the caption's last sentence: "... on Wednesday. AP Photo/Jane Doe". */
const SENTENCE_THEN_CREDIT = new RegExp(String.raw`(?<=[.!?]["”’]?)\s+(${CREDIT})\.?$`);

/**
 * Credit matches are made of white space, ASCII word characters and . ' ’ / - alone (so are the
 * agency names, checked here), and cued credits add brackets, bars, dashes and colons. A match
 * that must end the text therefore lies in the run of such characters that ends it, and the
 * expressions need only read that run and the two characters before it (their lookbehinds).
 */
const AGENCIES_IN_CREDIT_CHARS = AGENCIES.every((name) => /^[\s\w.'’/-]+$/.test(name));

function isCreditChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      || code === 95 || code === 46 || code === 39 || code === 47 || code === 45 || code === 32 || (code >= 9 && code <= 13);
  }
  return code === 0x2019 || isSpaceChar(code);
}

function isCuedCreditChar(code: number): boolean {
  return isCreditChar(code) || code === 40 || code === 41 || code === 91 || code === 93 || code === 124 || code === 58
    || code === 0x2014 || code === 0x2013;
}

/** Where to start reading `text` for a match that must end it: two characters before its closing run of `allowed` characters. */
function tailFrom(text: string, allowed: (code: number) => boolean): number {
  if (!AGENCIES_IN_CREDIT_CHARS) return 0;
  let start = text.length;
  while (start > 0 && allowed(text.charCodeAt(start - 1))) start--;
  return Math.max(0, start - 2);
}

/** `pattern` (which must match up to the end) run on the end of `text` that can hold its match, with the index in `text`. */
function execTail(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  if (from === 0) return pattern.exec(text);
  const match = pattern.exec(text.slice(from));
  if (match) match.index += from;
  return match;
}

export interface SplitCaption {
  text: string;
  credit: string | null;
}

/** True when the whole string is a photo credit ("Getty Images", "Photo: Reuters"). */
export function isCredit(text: string): boolean {
  return WHOLE_CREDIT.test(text.trim());
}

/** The credit named by a credit-only string, without its "Photo:" cue. */
export function creditName(text: string): string {
  const match = WHOLE_CREDIT.exec(text.trim());
  return match ? match[1] : text.trim();
}

/** Splits a caption from the credit glued or cued before or after it. */
export function splitCaptionCredit(caption: string): SplitCaption {
  // white-space runs as single spaces, matching only the runs that change
  const text = caption.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const front = GLUED_FRONT.exec(text);
  if (front) return { text: text.slice(front[1].length).trim(), credit: front[1] };
  const creditFrom = tailFrom(text, isCreditChar);
  const back = execTail(GLUED_BACK, text, creditFrom);
  if (back && back.index > 0) return { text: text.slice(0, back.index).trim(), credit: back[1] };
  const after = execTail(SENTENCE_THEN_CREDIT, text, creditFrom);
  if (after) return { text: text.slice(0, after.index).trim(), credit: after[1] };
  const cued = execTail(CUED_BACK, text, tailFrom(text, isCuedCreditChar));
  if (cued && cued.index > 0 && looksLikeCredit(cued[1])) return { text: text.slice(0, cued.index).trim(), credit: cued[1].trim() };
  return { text, credit: null };
}

/** A cued credit must name an agency or be a short proper name (a photographer). */
const AGENCY_WORD = new RegExp(String.raw`\b(?:${AGENCY_ALTERNATION})\b`);

function looksLikeCredit(value: string): boolean {
  if (AGENCY_WORD.test(value)) return true;
  return /^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}$/.test(value.trim());
}

/** True when a line ends with an agency glued to the previous word: a caption with its credit and no shortcode. */
export function endsWithGluedCredit(line: string): boolean {
  const text = line.trim();
  const match = execTail(GLUED_BACK, text, tailFrom(text, isCreditChar));
  return !!match && match.index > 0;
}
