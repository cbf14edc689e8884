/**
 * What a page's own class and id names say about an element, the evidence every main-text
 * extractor reads (Readability.js, trafilatura, boilerpipe): words that mark the article
 * (`article`, `content`, `entry`, `post`, `story`...) and words that mark the page around it
 * (`comment`, `footer`, `sidebar`, `share`, `related`, `promo`...). The word lists are
 * Readability's, which were drawn from many sites over many years, with modal boxes and overlays
 * added to its popups (a dialog hidden by the page's style sheet, which is not read here).
 */
import type { HtmlNode } from './html-stats';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Names of parts that are almost never the article, unless a word of `MAYBE` says otherwise. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|overlay|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** Names of an element that holds the author's name. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
/** Names of sharing buttons and bars. */
const SHARE = /(?:\b|_)(?:share|sharedaddy)(?:\b|_)/i;

const attr = (el: HtmlNode, name: string) => el.getAttribute?.(name) ?? '';

/** The element's class and id, as one string. */
export const namesOf = (el: HtmlNode): string => `${attr(el, 'class')} ${attr(el, 'id')}`;

/** +25 for each of class and id that marks the article, -25 for each that marks the page around it. */
export function classWeight(el: HtmlNode): number {
  let weight = 0;
  for (const name of [attr(el, 'class'), attr(el, 'id')]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}

/** Whether an element is, by its names or its role, a part of the page that is not the article. */
export function isUnlikely(el: HtmlNode): boolean {
  const tag = el.nodeName.toUpperCase();
  if (tag === 'BODY' || tag === 'A' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  if (UNLIKELY_ROLES.has(attr(el, 'role'))) return true;
  const names = namesOf(el);
  return UNLIKELY.test(names) && !MAYBE.test(names);
}

/** Whether an element's names or attributes say it holds the author's name. */
export function isBylineMark(el: HtmlNode): boolean {
  return attr(el, 'rel') === 'author' || attr(el, 'itemprop').includes('author') || BYLINE.test(namesOf(el));
}

/** Whether an element's names say it is a sharing bar. */
export const isShareMark = (el: HtmlNode): boolean => SHARE.test(namesOf(el));

/**
 * Class names of another page embedded as a card (WordPress's embed of a post, a Reddit card). A
 * quoted tweet or Instagram post is not among them: news stories quote those as their own words.
 */
const EMBED = /(?:^|\s)(?:wp-embedded-content|reddit-card|twitter-timeline)(?:$|\s)/i;
/** Class and id words of a box that asks the reader for something: subscribe, sign up, donate, read on. */
const CALL = /(?:^|\s|[-_])(?:cta|call-to-action|callout|newsletter|signup|subscribe|subscription|donate|donation|linkbox|promo)(?:$|\s|[-_])/i;

/** Whether an element's class says it is another page embedded as a card. */
export const isEmbedMark = (el: HtmlNode): boolean => EMBED.test(attr(el, 'class'));

/** Whether an element's names say it is a call to action (a newsletter box, a donation appeal). */
export const isCallMark = (el: HtmlNode): boolean => CALL.test(namesOf(el));
