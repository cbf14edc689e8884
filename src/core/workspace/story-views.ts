/**
 * The views read from a finished reuse report: its stories, the outlet graph and the shared-text
 * tables. Each is made when first asked for and kept until the report changes (a new run, a
 * correction that regroups the outlets, a change on disk).
 */
import type { ExportedFile } from '../../shared/api';
import type { ArticleId } from '../../shared/article';
import type { OutletGraph } from '../../shared/graph';
import type { ReuseReport } from '../../shared/reuse';
import type { Story } from '../../shared/story';
import type { Corpus } from '../corpus/corpus';
import { outletsTable, pairsTable, storyTable, type TableFormat, type TableKind } from '../export/tables';
import { outletGraph } from '../story/outlet-graph';
import type { Comparer } from './comparer';
import { ApiFailure, noArticle } from './failure';
import { Stories } from './stories';

/** A finished report and the folder it was made of. */
export interface Finished {
  report: ReuseReport;
  corpus: Corpus;
}

export class StoryViews {
  private stories: Stories | null = null;
  private graph: { report: ReuseReport; graph: OutletGraph } | null = null;

  constructor(private readonly comparer: Comparer) {}

  /** The stories of the report: groups of articles that share text. */
  storiesOf({ report, corpus }: Finished): Stories {
    if (this.stories?.report !== report) this.stories = new Stories(report, (id) => corpus.articles.get(id));
    return this.stories;
  }

  /** The story of `id`, drawn against `text` (a member; by default its likely origin); null when it shares nothing. */
  story(finished: Finished, id: ArticleId, text?: ArticleId | null): Story | null {
    if (!finished.corpus.articles.has(id)) throw noArticle(id);
    return this.storiesOf(finished).story(this.comparer, id, text ?? undefined);
  }

  /** Which outlets share text with which, laid out for drawing. */
  graphOf(finished: Finished): OutletGraph {
    const { report } = finished;
    if (this.graph?.report !== report) {
      this.graph = { report, graph: outletGraph([...finished.corpus.articles.values()], report.links, report.outlets) };
    }
    return this.graph.graph;
  }

  /** A shared-text table (article pairs, outlet pairs, or the story of `id` drawn against `text`) as CSV or JSON. */
  table(finished: Finished, kind: TableKind, format: TableFormat, id?: ArticleId | null, text?: ArticleId | null): ExportedFile {
    const { report, corpus } = finished;
    const article = (x: ArticleId) => corpus.articles.get(x);
    if (kind === 'pairs') return pairsTable(report, article, corpus.root, format);
    if (kind === 'outlets') return outletsTable(report, corpus.root, format);
    if (id == null) throw new ApiFailure('invalid-argument', 'A story is exported from one of its articles: give its id.');
    const story = this.story(finished, id, text);
    if (!story) throw new ApiFailure('not-found', `"${id}" shares no passage with another article: it has no story.`);
    return storyTable(story, article, corpus.root, format);
  }
}
