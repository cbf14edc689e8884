/**
 * The index build of a corpus held in memory (the app's search service): which shards to build
 * from its articles, and the pieces the service assembles its index from. The command line's
 * counterpart, which reads a folder from disk instead, is `folder-index.ts`.
 */
import type { ArticleId } from '../../../shared/article';
import type { Corpus } from '../../corpus/corpus';
import { textDoc, type BuildJob } from './build-job';
import { folderPrint, type StampedDoc } from './folder-print';
import { contentHash, type Manifest, type ManifestHead, type ManifestRejected } from './index-store';
import { SearchIndex } from './search-index';
import type { Shard } from './shard';
import { planShards, type ShardPlan } from './shard-plan';

/** What an update of `corpus` builds: the plan, a job per shard to build, and their articles in all. */
export interface CorpusBuild {
  plan: ShardPlan;
  jobs: BuildJob[];
  total: number;
}

/**
 * Plans the update of the saved index `previous` to `corpus`: `changed` articles (and those whose
 * size or time differ, or whose text hashes otherwise) and the `broken` shards are rebuilt.
 */
export async function planCorpusBuild(corpus: Corpus, previous: Manifest | null, changed: Set<ArticleId>, broken: Set<number>): Promise<CorpusBuild> {
  const current = [...corpus.articles.values()].map((a) => ({ id: a.id, size: a.bytes, mtime: a.modified }));
  const plan = await planShards(previous, current, {
    changed,
    broken,
    hashOf: (id) => {
      const article = corpus.articles.get(id);
      return article ? contentHash(article.text) : null;
    },
  });
  const jobs: BuildJob[] = [...plan.build].map(([shard, ids]) => ({
    kind: 'texts',
    shard,
    docs: ids.map((id) => textDoc(corpus.articles.get(id)!)),
  }));
  const total = jobs.reduce((sum, j) => sum + (j.kind === 'texts' ? j.docs.length : 0), 0);
  return { plan, jobs, total };
}

/**
 * A searchable index of `shards`, with the titles, outlets and dates of `corpus`'s articles: the
 * articles themselves, not copies of their display fields (100,000 more objects to make when a
 * folder's index opens), nor the saved manifest's, which an unchanged folder does not read.
 */
export function indexOf(shards: Shard[], corpus: Pick<Corpus, 'articles'>): SearchIndex {
  return new SearchIndex(shards, corpus.articles);
}

/** What `corpus`'s articles are as the index sees them: each one's id, size and time. */
function* stampedDocs(corpus: Pick<Corpus, 'articles'>): Generator<StampedDoc> {
  for (const a of corpus.articles.values()) yield { id: a.id, size: a.bytes, mtime: a.modified };
}

/**
 * Whether `corpus` holds exactly the articles the saved index `head` was built from, each of the
 * size and time it had then: the plan of an update would keep every shard (shard-plan.ts).
 */
export function indexedAsIs(head: ManifestHead, corpus: Pick<Corpus, 'articles'>): boolean {
  return head.docCount === corpus.articles.size && head.print === folderPrint(stampedDocs(corpus));
}

/** The refusals the command line recorded that stay in the shared manifest: files the corpus still refuses. */
export function refusedOf(saved: ManifestRejected[], corpus: Pick<Corpus, 'rejected'>): ManifestRejected[] {
  const still = new Set(corpus.rejected.map((r) => r.path));
  return saved.filter((r) => still.has(r.path));
}
