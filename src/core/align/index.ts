/**
 * The alignment engine: the passages two articles share (verbatim, edited, paraphrased, moved),
 * with the word edits inside each. Prepare each document once with `prepareDocument`, then
 * `alignDocuments` any two of them; pass folder statistics (`buildStats`) to discount boilerplate.
 */
export { alignDocuments, type AlignContext } from './align';
export { prepareDocument, type AlignDocument } from './document';
export { addCounts, addToStats, buildStats, documentCounts, emptyStats, removeFromStats, type DocumentCounts, type FolderStats } from './folder-stats';
export { shareStats, statsOf, type SharedStats } from './shared-stats';
export { DEFAULT_ALIGN_OPTIONS, resolveOptions } from './params';
