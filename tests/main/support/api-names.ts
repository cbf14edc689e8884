/**
 * Every request method and event of ParallaxApi by name, for the checks of what the built main
 * process handles and what the built preload exposes. The type checks below make these lists
 * complete: a method or event added to the contract and not here fails `npm run typecheck`.
 */
import type { MethodName, ParallaxApi, ParallaxEvents } from '../../../src/shared/api';

export const METHODS = [
  'getHostInfo',
  'getCorpus',
  'openCorpus',
  'chooseCorpus',
  'getRecentFolders',
  'getPreferences',
  'setPreferences',
  'getArticle',
  'correctArticles',
  'exportCorrections',
  'importCorrections',
  'compare',
  'getAlignDefaults',
  'exportComparison',
  'search',
  'findInArticle',
  'getIndexStatus',
  'cancelIndexing',
  'resumeIndexing',
  'startReuse',
  'cancelReuse',
  'getReuse',
  'getStories',
  'getStory',
  'trackQuote',
  'getOutletGraph',
  'exportTable',
] as const satisfies readonly MethodName[];

export const EVENTS = ['indexStatus', 'reuseProgress', 'corpusChanged', 'openProgress', 'command'] as const satisfies readonly (keyof ParallaxEvents)[];

type Subscription = `on${Capitalize<(typeof EVENTS)[number]>}`;

/** `onIndexStatus` for `indexStatus`: the subscription that ParallaxApi offers for an event. */
export const subscription = (event: (typeof EVENTS)[number]): Subscription =>
  `on${event[0]!.toUpperCase()}${event.slice(1)}` as Subscription;

// completeness, checked by the compiler: nothing of the contract is missing from the lists above
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const methodsComplete: Missing<MethodName, (typeof METHODS)[number]> = true;
const eventsComplete: Missing<keyof ParallaxEvents, (typeof EVENTS)[number]> = true;
const apiComplete: Missing<keyof ParallaxApi, (typeof METHODS)[number] | Subscription> = true;
void [methodsComplete, eventsComplete, apiComplete];
