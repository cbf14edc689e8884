/**
 * `npm run -s bench [-- section...]`: the performance table. Each row is measured in this run,
 * beside its peer measured in the same run. Progress goes to stderr, the table to stdout.
 */
import type { BenchRow } from './section';
import { sections } from './sections';

const wanted = new Set(process.argv.slice(2));
const rows: { section: string; row: BenchRow }[] = [];
const log = (line: string) => process.stderr.write(line + '\n');

for (const section of sections) {
  if (wanted.size > 0 && !wanted.has(section.name)) continue;
  const available = await section.available();
  if (available !== true) {
    log(`[${section.name}] skipped: ${available}`);
    continue;
  }
  log(`[${section.name}] running`);
  for (const row of await section.run((line) => log(`[${section.name}] ${line}`))) {
    rows.push({ section: section.name, row });
  }
}

const header = ['section', 'measure', 'Parallax', 'peer', 'peer figure', 'note'];
const table = rows.map(({ section, row }) => [section, row.what, row.ours, row.peerName, row.peer, row.note ?? '']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of table) console.log(line(r));
