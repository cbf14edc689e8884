import { parseArticle } from './src/core/corpus/parse-article';
const cases: [string, string][] = [
  ['dash 1500', '- '.repeat(1500) + 'x\n'],
  ['quote 1500', '> '.repeat(1500) + 'x\n'],
  ['lines 1500', Array.from({ length: 1500 }, (_, i) => '  '.repeat(i) + '- item').join('\n')],
  ['star emph', '*a '.repeat(3000) + '\n'],
  ['brackets', '['.repeat(20000) + '\n'],
  ['backticks', '`'.repeat(20000) + ' a' + '\n'],
  ['links', '[a]('.repeat(10000) + '\n'],
  ['lt', '<'.repeat(30000) + '\n'],
  ['table', '| a | b | c |\n|---|---|---|\n' + Array.from({ length: 10000 }, (_, i) => `| cell ${i} with *some* text | more **bold** text | [link](http://x/${i}) |`).join('\n')],
];
for (const [name, text] of cases) {
  const t = performance.now();
  try { parseArticle(text, 'x.md'); } catch (e) { console.log(name, 'threw', (e as Error).message); }
  console.log(name, (text.length / 1024).toFixed(0) + ' KB', (performance.now() - t).toFixed(0) + ' ms');
}
