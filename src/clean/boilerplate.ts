// What page furniture looks like: class/id words of boilerplate containers, and the
// stock lines (share bars, newsletter prompts, comment forms) left in the text.
import type { RemovedKind } from '../model/types.ts';

/** Words in class names and ids that mark a container as page furniture, by kind. */
const CLASS_WORDS: [RemovedKind, string[]][] = [
  ['comments', ['comment', 'comments', 'disqus', 'respond', 'replies', 'reply', 'commentlist', 'opinary', 'coral', 'viafoura']],
  ['share', ['share', 'shares', 'sharing', 'social', 'sharebar', 'addthis', 'sociable', 'socials', 'sharethis', 'follow']],
  ['newsletter', ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'mailing', 'paywall', 'regwall', 'piano', 'membership']],
  ['related', ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'outbrain', 'taboola', 'sidebar', 'rail', 'teaser', 'teasers', 'readmore', 'morestories', 'upnext', 'playlist', 'jumplinks']],
  ['ad', ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'sponsor', 'sponsored', 'promo', 'promotion', 'dfp', 'gpt', 'banner', 'doubleclick', 'commercial', 'affiliate', 'native']],
  ['navigation', ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skiplink', 'masthead', 'topbar', 'tabs']],
  ['footer', ['footer', 'copyright', 'colophon', 'disclaimer']],
  ['byline', ['byline', 'bylines', 'author', 'authors', 'contributor', 'contributors', 'writer', 'bio']],
  ['date', ['dateline', 'timestamp', 'pubdate', 'publishdate', 'published', 'updated']],
  ['caption', ['caption', 'captions', 'figcaption', 'imagecaption']],
  ['credit', ['credit', 'credits', 'photographer']],
  ['other', ['cookie', 'cookies', 'consent', 'gdpr', 'popup', 'modal', 'overlay', 'tags', 'tag', 'taglist', 'keywords', 'toolbar', 'tools', 'login', 'offscreen', 'sronly', 'screenreadertext', 'visuallyhidden', 'print', 'alert', 'noprint', 'shopping', 'ecommerce', 'categories', 'meta', 'footnotes']],
];

const WORD_KIND = new Map<string, RemovedKind>();
for (const [kind, words] of CLASS_WORDS) for (const word of words) WORD_KIND.set(word, kind);

/** Two-word names that are furniture although each word alone is harmless. */
const COMPOUND_KIND = new Map<string, RemovedKind>([
  ['readmore', 'related'], ['moreon', 'related'], ['youmayalsolike', 'related'], ['alsolike', 'related'],
  ['sronly', 'other'], ['screenreader', 'other'], ['visuallyhidden', 'other'],
  ['authorbio', 'byline'], ['aboutauthor', 'byline'], ['articletags', 'other'], ['posttags', 'other'],
  ['skipto', 'navigation'], ['skiplinks', 'navigation'], ['sitefooter', 'footer'], ['siteheader', 'navigation'], ['globalheader', 'navigation'], ['pageheader', 'navigation'],
  ['headerbar', 'navigation'], ['topnav', 'navigation'], ['mainnav', 'navigation'], ['printonly', 'other'],
]);

/** Words that mark a container as the article itself. */
const CONTENT_WORDS = new Set([
  'article', 'articlebody', 'content', 'body', 'text', 'story', 'storybody', 'post', 'entry', 'main', 'prose',
  'blog', 'richtext', 'maincontent', 'postcontent', 'entrycontent', 'articlecontent', 'storytext', 'bodytext',
]);

/** Whole class names that hide an element from every reader. */
const HIDDEN_NAMES = new Set(['hidden', 'invisible', 'd-none', 'is-hidden', 'u-hidden', 'display-none', 'visually-hidden', 'sr-only', 'screen-reader-text', 'element-invisible']);

/** Class names that state a mode, not a role ("has-sidebar", "with-ads"). */
const STATE_PREFIX = /^(?:has|with|no|is|show|hide|js|enable|disable|supports|can|l|u|t|m|col|grid|flex|theme|layout)[-_]/;

function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface ClassVerdict {
  kind: RemovedKind | null;
  content: boolean;
}

/** Classifies an element by its class names and id. */
export function classifyNames(className: string | undefined, id: string | undefined): ClassVerdict {
  let kind: RemovedKind | null = null;
  let content = false;
  const names = `${className ?? ''} ${id ?? ''}`.split(/\s+/).filter(Boolean);
  for (const name of names) {
    if (HIDDEN_NAMES.has(name.toLowerCase())) return { kind: 'other', content: false };
    if (STATE_PREFIX.test(name)) continue;
    const parts = words(name);
    let nameKind: RemovedKind | null = null;
    for (let i = 0; i < parts.length && !nameKind; i++) {
      nameKind = WORD_KIND.get(parts[i]) ?? (i + 1 < parts.length ? COMPOUND_KIND.get(parts[i] + parts[i + 1]) ?? null : null);
    }
    nameKind ??= COMPOUND_KIND.get(parts.join('')) ?? null;
    if (nameKind) kind ??= nameKind;
    else if (parts.some((p) => CONTENT_WORDS.has(p)) || CONTENT_WORDS.has(parts.join(''))) content = true;
  }
  return { kind, content };
}

/**
 * Stock lines of page furniture, matched against a whole short block or line, in order. A third
 * member is a character every match holds: without it in the line the pattern is not tried.
 */
const LINE_PATTERNS: [RemovedKind, RegExp, RegExp?][] = [
  ['comments', /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|join the (?:discussion|conversation)|\d+ (?:thoughts|responses|replies) (?:on|to) .{1,200}|comments are closed\.?|view comments|show comments|cancel reply|post comment|submit comment|you must be logged in to post a comment\.?|required fields are marked \*?|your email address will not be published\.?(?: required fields are marked \*)?|save my name, email, and website in this browser for the next time i comment\.?|notify me of (?:follow-up comments|new posts).*|(?:name|email|website|comment)\s*\*?)$/i],
  ['navigation', /^(?:skip to (?:main )?content|(?:main )?menu|search|home|toggle navigation|close menu|back to top|next article|previous article)$/i],
  // breadcrumbs, "Home » World » Europe"
  ['navigation', /^(?:[^»›>\n]{1,40}\s*[»›>]\s*){2,}[^»›>\n]{1,80}$/i, /[»›>]/],
  ['share', /^(?:like this:?|like loading(?:\.\.\.|…)|share(?: this(?: article| story| post)?| on \w+| via \w+)?:?|tweet|pin it|email|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|copy link|click to (?:share|email|print) .*|share this:?|(?:facebook|twitter|x|linkedin|reddit|email|whatsapp|pinterest|print|telegram|messenger|flipboard|copy link)(?:[\s,|•·]+(?:facebook|twitter|x|linkedin|reddit|email|whatsapp|pinterest|print|telegram|messenger|flipboard|copy link))+)$/i],
  ['newsletter', /^(?:sign up (?:for|to) (?:our|the|my) .*newsletter.*|subscribe(?: now| today| to (?:our|the) .*)?[.!]?|get (?:the latest|our) .* (?:in|to) your inbox.*|enter your email(?: address)?.*|by signing up,? you (?:agree|consent).*|(?:sign up|subscribe) for (?:free|updates).*|newsletter sign-?up.*|thanks? for signing up.*|already a subscriber\?.*)$/i],
  ['related', /^(?:read more|read more:.*|read next:?.*|related(?: articles| stories| posts| content| coverage| reading| topics)?:?.*|see also:?.*|also read:?.*|more from .{1,40}|you (?:may|might) also like:?|recommended(?: for you| stories| reading)?:?|most (?:read|popular|viewed)|trending(?: now)?|don'?t miss:?.*|more (?:stories|news|on this story)|continue reading)$/i],
  ['ad', /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|skip advert(?:isement)?|promoted(?: content)?|paid content)$/i],
  ['footer', /^(?:(?:copyright\s*)?(?:©|\(c\)|copyright)\s*.{0,80}(?:all rights reserved|rights reserved)?\.?|all rights reserved\.?|terms (?:of (?:use|service)|and conditions)|privacy policy|cookie policy|contact us|about us)$/i],
  ['other', /^(?:we use cookies.*|this (?:web)?site uses cookies.*|by continuing to (?:use|browse) this (?:web)?site.*|accept(?: all)? cookies|manage cookies|cookie settings|(?:tags|filed under|categories|topics):.*|loading(?:\.\.\.|…)?|image|photo|video|audio|listen(?: to (?:this )?article)?(?: \d+ min(?:utes)?)?|play video|watch:?|\d+ min(?:ute)? read|reading time:? .*)$/i],
];

/** The furniture kind of a short stock line, or null for ordinary text. */
export function stockLineKind(line: string): RemovedKind | null {
  const text = line.trim();
  if (!text || text.length > 200) return null;
  for (const [kind, pattern, needs] of LINE_PATTERNS) if ((!needs || needs.test(text)) && pattern.test(text)) return kind;
  return null;
}

/** "By Jane Doe", "Written by Jane Doe and John Roe, Reuters", "Jane Doe | Reuters". */
const BYLINE = /^(?:(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Ss]tory by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or)\s+)(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|al|bin|and|&|,))*[^.!?]{0,60})$/u;

/** BYLINE's opening words: most lines fail here, before their white space is collapsed. */
const BYLINE_LEAD = /^\s*(?:[Bb]y|BY|[Ww]ritten\s+by|[Ww]ords\s+by|[Rr]eporting\s+by|[Ss]tory\s+by|[Pp]osted\s+by|[Vv]on|[Pp]ar|[Pp]or)\s/;

/** The name in a byline line, or null when the line is not a byline. */
export function bylineName(line: string): string | null {
  if (!BYLINE_LEAD.test(line)) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 120) return null;
  const match = BYLINE.exec(text);
  if (!match) return null;
  return match[1].replace(/\s*[|,–—-]\s*(?:updated|published|posted)\b.*$/i, '').replace(/[\s,|–—-]+$/, '').trim() || null;
}
