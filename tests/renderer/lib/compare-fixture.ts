/** A small comparison of two hand-made articles for the compare view's unit tests. */
import type { Article, Block } from '../../../src/shared/article';
import type { Comparison, Passage } from '../../../src/shared/comparison';

function article(id: string, title: string, outlet: string | null, date: string | null, paragraphs: string[]): Article {
  const head = `# **${title}**\n\n`;
  let text = head;
  const blocks: Block[] = [{ start: 0, end: head.length - 2, kind: 'title', markup: [{ start: 0, end: 4 }, { start: head.length - 4, end: head.length - 2 }] }];
  for (const p of paragraphs) {
    blocks.push({ start: text.length, end: text.length + p.length, kind: 'paragraph' });
    text += p + '\n\n';
  }
  return { id, title, titleSource: 'heading', outlet, date, dateText: date, words: 0, bytes: text.length, modified: 0, text, blocks, encoding: 'utf-8' };
}

export const A = article('a.txt', 'Troops stay', 'Radio One', '2024-08-26', [
  'The council met on Monday.',
  'There are nearly 2,500 American troops in Iraq and some 900 in Syria.',
  'Officials said talks would go on.',
]);
export const B = article('b.txt', 'Talks begin', null, '2024-01-26', [
  'Officials said talks would go on.',
  'There are roughly 2,500 American troops in Iraq and some 900 in Syria.',
]);

const span = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length };
};

const troopsA = span(A.text, 'There are nearly 2,500 American troops in Iraq and some 900 in Syria.');
const troopsB = span(B.text, 'There are roughly 2,500 American troops in Iraq and some 900 in Syria.');
const nearly = span(A.text, 'nearly');
const roughly = span(B.text, 'roughly');

export const passages: Passage[] = [
  {
    k: 0,
    a: troopsA,
    b: troopsB,
    kind: 'edited',
    similarity: 0.92,
    score: 3,
    moved: false,
    edits: [
      { op: 'equal', a: { start: troopsA.start, end: nearly.start }, b: { start: troopsB.start, end: roughly.start } },
      { op: 'replace', a: nearly, b: roughly },
      { op: 'equal', a: { start: nearly.end, end: troopsA.end }, b: { start: roughly.end, end: troopsB.end } },
    ],
    pairs: [],
    kept: { a: [troopsA], b: [troopsB] },
    words: { a: 13, b: 13, keptA: 13, keptB: 13 },
  },
  {
    k: 1,
    a: span(A.text, 'Officials said talks would go on.'),
    b: span(B.text, 'Officials said talks would go on.'),
    kind: 'verbatim',
    similarity: 1,
    score: 2,
    moved: true,
    edits: [],
    pairs: [],
    kept: { a: [], b: [] },
    words: { a: 6, b: 6, keptA: 6, keptB: 6 },
  },
];
passages[0]!.pairs = [{ a: troopsA, b: troopsB, kind: 'edited', similarity: 0.92, edits: passages[0]!.edits }];
passages[1]!.kept = { a: [passages[1]!.a], b: [passages[1]!.b] };
passages[1]!.pairs = [{ a: passages[1]!.a, b: passages[1]!.b, kind: 'verbatim', similarity: 1, edits: [] }];

export const comparison: Comparison = {
  a: A,
  b: B,
  options: { minWords: 3, fuzziness: 0.5, paraphrase: true, lifted: true, granularity: 'word' },
  passages,
  stats: { sharedA: 0.6, sharedB: 0.95, sharedWordsA: 18, sharedWordsB: 18, longestWords: 13, passages: 2, paraphrases: 0, firstPublished: 'b', millis: 3 },
};
