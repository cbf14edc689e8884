/**
 * Page debris: what a saved web page carries besides the article (photo captions, image
 * placeholders, "READ:" links, comment prompts, separators, source URLs, bylines). Each rule looks
 * at one block's visible words and says what the block is and why, so the reader can see what was
 * set aside.
 */
import type { BlockKind } from '../../shared/article';
import type { LineShape } from './blocks';
import { WIRE_SIGNOFF, WIRE_SLUG } from './wire';

export interface Verdict {
  kind: BlockKind;
  reason?: string;
}

const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;
const IMAGE_PLACEHOLDER = /^(?:image|photo|picture)s? (?:not found|unavailable|missing)\b/i;
const CAPTION_START = /^(?:in this (?:photo|picture|image|file photo)|file photo|photo:|image:|pictured:|(?:abbildung|abb\.|bild|foto|grafik|fig\.|figure)\s*\d*\s*:)/i;
const CAPTION_CREDIT =
  /\((?:photo|image|picture|file photo|video)(?: by|:| credit)[^)]*\)\s*\.?$|\[[^\]]*(?:getty|reuters|afp|ap photo|anadolu|shutterstock|images?|photo)\b[^\]]*\]\s*\.?$/i;
// a photo's credit closing a short block, naming someone: "Bild: Name/Agency", "(name / iStock.com)"
const CREDIT_END =
  /\b(?:[Bb]ild|[Ff]otos?|[Pp]hotos?|[Ii]mage|[Tt]itelbild|[Cc]rédits? photos?|[Cc]redits?)\s?:\s?\p{Lu}[^:]{1,80}$|\([^()]*\b(?:[Ii][Ss]tock|Getty|dpa|picture[- ]alliance|Shutterstock|[Ii]mago|Keystone|Unsplash|Adobe ?Stock)\b[^()]*\)\s*\.?$/u;
// "(c)" only before a name or a year: "section (c) of the act" is not a credit
const COPY_MARK = /(?:©\s?[^.]{2,80}|\([cC]\)\s?(?:\p{Lu}|\d{4})[^.]{1,80})\.?$/u;
// unanchored, so no `.*` before "all rights reserved": with one, every block that lacks the words
// was tried from each of its characters to its end (a quarter of the time of reading a folder)
const COPYRIGHT = /^(?:©|copyright\b|\(c\) \d{4})|\ball rights reserved\.?$/i;
const COMMENT_PROMPT =
  /^(?:(?:sie|du) (?:müssen|musst) (?:sich |dich )?(?:eingeloggt|angemeldet) sein\b.*|you must be (?:logged|signed) in\b.*|sie sind (?:aktuell )?nicht eingeloggt\.?|keine kommentare\b.*|no comments yet\.?|be the first to comment\.?|um .{1,80} (?:kommentieren|bewerten) zu können, müssen sie (?:eingeloggt|angemeldet) sein\.?|.*\bloading\.\.\.)$/i;
const RELATED_LINK =
  /^(?:(?:read|see|watch|listen|related|more)(?: (?:more|also|next))?|lesen sie (?:auch|mehr|hier)|(?:nächster|vorheriger|voriger) (?:beitrag|artikel)|nachfolgebeitrag|vorgängerbeitrag|(?:next|previous) (?:post|article|story)|article (?:précédent|suivant)|weitere artikel|mehr zum thema(?: (?:auf|bei) \S+)?|schon gelesen\??|das könnte (?:sie|dich) auch interessieren!?|auch interessant|weiterführende links|weitere beiträge(?: zum thema)?|more on this (?:story|topic)|sur le même sujet|à lire également|(?:à )?lire aussi|voir aussi|leggi anche)\s*(?::|»|>|$)/i;
const FURNITURE =
  /^(?:leave a (?:reply|comment)|share(?: this(?: article)?)?|comments?|subscribe(?: now)?|sign up|advertisement|related(?: articles| stories)?|follow us\b.*|click here\b.*|print|email|tags?:.*|you may also like|recommended|most read|cookie.*|accept(?: all)? cookies?|neueste artikel|anzeige|werbung|teilen|kommentare?|war (?:der|dieser) artikel (?:nützlich|hilfreich)\??|möchten sie (?:den|diesen) artikel teilen\??|(?:den |diesen )?(?:artikel|beitrag) (?:mit anderen )?teilen(?:\/\S+)?:?|hier können sie den artikel bewerten|about the author|über (?:den|die) autor(?:in)?|zu(?:m|r) autor(?:in)?|à propos de l['’]auteur|partager|publicité)$/i;
const BYLINE = /^by\s+\p{Lu}[^.!?]{0,60}$/iu;
/**
 * A line naming where the text came from ("Quelle: Landesregierung", "Source: ministry figures");
 * not "Sources: the deal is worth $2bn, people familiar said", which is reporting.
 */
const SOURCE_LINE = /^(?:quellen?|source|fuente|fonte)\s?:\s?(?![^.]*\b(?:said|says|told|sagte|sagt)\b)\S.{1,90}$/i;
/**
 * The Creative Commons licence a page puts its text under, said as a sentence ("Dieser Text steht
 * unter der Lizenz CC-BY", "licensed under a Creative Commons ..."). A field of particulars
 * ("Lizenz: CC-BY 4.0") is not one, nor any other licence ("Uber operates under a licence from TfL").
 */
const LICENCE = /\b(?:unter|under)\s(?:(?:der|einer|a|the)\s)?(?:(?:lizenz|licen[cs]e)\s)?(?:cc[- ]?(?:by|0)\b|creative[- ]commons\b)/i;
/** A notice's longest: past it, a paragraph that names a licence is about one. */
const NOTICE = 200;
/** An advertisement's label opening the block it marks ("ANZEIGE - Heute mal ausgehen?"). */
const AD_LABEL = /^(?:anzeige|werbung|advertisement|sponsored|publicité)\s*[-–—:|]\s*\S/i;
/** How to cite the page, and a disclaimer of its figures. */
const CITE_AS = /^(?:suggested citation|cite (?:this(?: article| post)?|as)\s?:|zitiervorschlag|zitierweise)\b/i;
const NO_WARRANTY = /^\(?(?:alle )?angaben ohne gewähr\.?\)?\.?$|^\(?all information (?:is )?without (?:guarantee|warranty)\.?\)?\.?$/i;
/** The page asking to be followed by its newsletter ("Sign up to our newsletter", "unseren Newsletter"). */
const OWN_NEWSLETTER = /\b(?:our|unser(?:e[mnrs]?)?|notre|nos)\s(?:\p{L}+\s)?\p{L}*newsletter/iu;
/** A button's words between arrows (">>> Jetzt bestellen! <<<"); not between guillemets, which quote. */
const ARROWED = /^>{2,}\s?\S.{0,80}?\s?<{2,}$/;
/** A pointer to a web address ("Weitere Infos unter www.example.de", "More information at example.org"). */
const MORE_AT = /^(?:(?:weitere|mehr) (?:infos?|informationen) (?:unter|auf|bei)|(?:more|further) information (?:at|on)):?\s(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:\/\S*)?\.?$/iu;

/** Longest block a caption or a piece of page furniture can be: articles' own paragraphs run longer. */
const SHORT = 300;

/**
 * Classifies one block from its line shape and visible words. Blocks the rules don't recognise
 * are paragraphs (or headings); the title, dateline, tagline and outlet are decided later, with
 * the whole page in view.
 */
export function classifyBlock(visible: string, shape: LineShape, empty: boolean): Verdict {
  const words = visible.trim();
  if (shape === 'rule') return { kind: 'debris', reason: 'separator' };
  if (empty || words.length === 0) return { kind: 'debris', reason: 'image' };
  if (URL_ONLY.test(words)) return { kind: 'link', reason: 'web address' };
  if (WIRE_SLUG.test(words)) return { kind: 'dateline', reason: 'wire slug line' };
  if (WIRE_SIGNOFF.test(words)) return { kind: 'debris', reason: 'wire sign-off' };
  if (words.length <= SHORT) {
    if (IMAGE_PLACEHOLDER.test(words)) return { kind: 'debris', reason: 'missing image' };
    if (CAPTION_START.test(words) || CAPTION_CREDIT.test(words) || CREDIT_END.test(words) || COPY_MARK.test(words)) return { kind: 'caption', reason: 'photo caption' };
    if (COPYRIGHT.test(words)) return { kind: 'debris', reason: 'copyright notice' };
    if (COMMENT_PROMPT.test(words)) return { kind: 'debris', reason: 'comment prompt' };
    if (RELATED_LINK.test(words)) return { kind: 'link', reason: 'link to another article' };
    if (FURNITURE.test(words)) return { kind: 'debris', reason: 'page furniture' };
    if (BYLINE.test(words)) return { kind: 'byline' };
    if (SOURCE_LINE.test(words)) return { kind: 'debris', reason: 'source line' };
    if (AD_LABEL.test(words)) return { kind: 'debris', reason: 'advertisement' };
    if (CITE_AS.test(words)) return { kind: 'debris', reason: 'how to cite this page' };
    if (NO_WARRANTY.test(words)) return { kind: 'debris', reason: 'disclaimer' };
    if (words.length <= NOTICE && OWN_NEWSLETTER.test(words)) return { kind: 'debris', reason: 'call to subscribe' };
    if (ARROWED.test(words)) return { kind: 'link', reason: 'link to another page' };
    if (MORE_AT.test(words)) return { kind: 'link', reason: 'link to another page' };
    if (words.length <= NOTICE && LICENCE.test(words)) return { kind: 'debris', reason: 'licence notice' };
  }
  return { kind: shape === 'heading' ? 'heading' : 'paragraph' };
}
