import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command';
import { readArgs as evalAlignArgs } from '../../src/cli/commands/eval-align';
import { readArgs as evalSearchArgs } from '../../src/cli/commands/eval-search';
import { readArgs as searchArgs } from '../../src/cli/commands/search';
import { indexFolder } from '../../src/cli/commands/index-folder';
import { JSON_OPTION, OUT_OPTION, readOptions } from '../../src/cli/options';
import { PAN_TASK_OPTIONS } from '../../src/core/eval/pan-task';

const usage = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no UsageError');
};

describe('readOptions', () => {
  it.each([
    [['--nope'], 'unknown option --nope'],
    [['-x'], 'unknown option -x'],
    [['--out'], '--out needs a value'],
    [['--out', '--json'], '--out needs a value'],
    [['--json=1'], "Option '--json' does not take an argument"],
  ])('refuses %j with "%s"', (args, message) => {
    expect(usage(() => readOptions(args, { ...JSON_OPTION, ...OUT_OPTION }))).toBe(message);
  });

  it('keeps single-dash words as positionals when asked, in their order', () => {
    const { values, positionals } = readOptions(['f', 'war', '-iraq', '--out', '-x', 'b', '--', '--json'], { ...JSON_OPTION, ...OUT_OPTION }, { dashWords: true });
    expect(positionals).toEqual(['f', 'war', '-iraq', 'b', '--json']);
    expect(values).toEqual({ json: false, out: '-x' });
  });
});

describe('search arguments', () => {
  it.each([
    [['dir', 'war', '-iraq'], { folder: 'dir', json: false, query: { text: 'war -iraq', limit: 10 } }],
    [
      ['dir', '--json', 'oil', '--limit', '3', '--sort', 'date', '--outlet', 'A', '--outlet', 'B', '--from', '2020-01-01', '--to', '2021-01-01', 'prices'],
      { folder: 'dir', json: true, query: { text: 'oil prices', limit: 3, sort: 'date', outlets: ['A', 'B'], dateFrom: '2020-01-01', dateTo: '2021-01-01' } },
    ],
    [['dir', 'a', '--', '--json', '-b'], { folder: 'dir', json: false, query: { text: 'a --json -b', limit: 10 } }],
  ])('reads %j', (args, expected) => {
    expect(searchArgs(args)).toEqual(expected);
  });

  it.each([
    [[], 'the folder is missing'],
    [['dir', '--limit', '-1'], '--limit takes a whole number'],
    [['dir', '--limit', 'x'], '--limit takes a whole number'],
    [['dir', '--sort', 'size'], '--sort is relevance or date'],
    [['dir', '--frob'], 'unknown option --frob'],
    [['dir', '--outlet'], '--outlet needs a value'],
  ])('refuses %j', (args, message) => {
    expect(usage(() => searchArgs(args))).toBe(message);
  });
});

describe('eval-search arguments', () => {
  it('reads the folder and --out', () => {
    expect(evalSearchArgs(['d', '--out', 'run.json'])).toEqual({ dir: 'd', out: 'run.json' });
    expect(evalSearchArgs(['d'])).toEqual({ dir: 'd', out: null });
  });
  it.each([
    [[], 'the collection folder is missing'],
    [['d', 'e'], 'unexpected argument e'],
    [['d', '--x'], 'unknown option --x'],
  ])('refuses %j', (args, message) => {
    expect(usage(() => evalSearchArgs(args))).toBe(message);
  });
});

describe('eval-align arguments', () => {
  it('starts from the PAN task options and takes those given', () => {
    const read = evalAlignArgs(['d', '--threads', '3', '--half', 'odd', '--min-words', '8', '--fuzziness', '0.5', '--lifted', '--paraphrase']);
    expect(read).toEqual({
      dir: 'd',
      out: null,
      threads: 3,
      half: 'odd',
      options: { ...PAN_TASK_OPTIONS, minWords: 8, fuzziness: 0.5, lifted: true, paraphrase: true },
    });
    expect(evalAlignArgs(['d'])).toEqual({ dir: 'd', out: null, threads: availableParallelism(), half: null, options: { ...PAN_TASK_OPTIONS } });
  });
  it.each([
    [[], 'the corpus folder is missing'],
    [['d', '--half', 'all'], '--half is even or odd'],
    [['d', '--min-words', '0'], '--min-words takes a whole number above 0'],
    [['d', '--fuzziness', '2'], '--fuzziness takes a number from 0 to 1'],
    [['d', '--char'], 'unknown option --char'],
  ])('refuses %j with the validation compare uses', (args, message) => {
    expect(usage(() => evalAlignArgs(args))).toBe(message);
  });
});

describe('index arguments', () => {
  it.each([
    [[], 'the folder is missing'],
    [['--quiet'], 'the folder is missing'],
    [['d', '--fast'], 'unknown option --fast'],
  ])('refuses %j', async (args, message) => {
    await expect(indexFolder.run(args, { out: () => {}, err: () => {} })).rejects.toThrow(message);
  });
});
