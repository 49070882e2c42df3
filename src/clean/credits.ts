// Photo credits: the agencies and picture libraries news sites name under photos,
// and how a caption's text splits from its credit (glued, bracketed or after a cue).

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
  const text = caption.replace(/\s+/g, ' ').trim();
  const front = GLUED_FRONT.exec(text);
  if (front) return { text: text.slice(front[1].length).trim(), credit: front[1] };
  const back = GLUED_BACK.exec(text);
  if (back && back.index > 0) return { text: text.slice(0, back.index).trim(), credit: back[1] };
  const after = SENTENCE_THEN_CREDIT.exec(text);
  if (after) return { text: text.slice(0, after.index).trim(), credit: after[1] };
  const cued = CUED_BACK.exec(text);
  if (cued && cued.index > 0 && looksLikeCredit(cued[1])) return { text: text.slice(0, cued.index).trim(), credit: cued[1].trim() };
  return { text, credit: null };
}

/** A cued credit must name an agency or be a short proper name (a photographer). */
function looksLikeCredit(value: string): boolean {
  if (new RegExp(String.raw`\b(?:${AGENCY_ALTERNATION})\b`).test(value)) return true;
  return /^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}$/.test(value.trim());
}

/** True when a line ends with an agency glued to the previous word: a caption with its credit and no shortcode. */
export function endsWithGluedCredit(line: string): boolean {
  const match = GLUED_BACK.exec(line.trim());
  return !!match && match.index > 0;
}
