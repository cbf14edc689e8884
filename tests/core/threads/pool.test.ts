import { describe, expect, it } from 'vitest';
import { WorkerPool, type PoolConfig } from '../../../src/core/threads/pool';
import { spawnWorker } from '../../../src/core/threads/spawn-worker';
import type { TestRequest } from './test-worker';

const sizeOf = (job: TestRequest) => (job.kind === 'count' ? job.n : 1);

function pool(config: Partial<PoolConfig<TestRequest, unknown>> = {}) {
  return new WorkerPool<TestRequest, unknown>({
    spawn: () => spawnWorker(import.meta.url, 'test-worker'),
    name: 'test worker',
    size: 2,
    sizeOf,
    idleMillis: 30_000,
    cancelMessage: 'test cancelled',
    ...config,
  });
}

describe('WorkerPool', () => {
  it('returns results in the jobs order, with progress over all jobs ending at the total', async () => {
    const p = pool();
    try {
      const progress: [number, number][] = [];
      const jobs: TestRequest[] = [{ kind: 'count', n: 2 }, { kind: 'echo', value: 'x' }, { kind: 'count', n: 5 }, { kind: 'echo', value: 'y' }];
      expect(await p.run(jobs, { onProgress: (done, total) => progress.push([done, total]) })).toEqual([2, 'x', 5, 'y']);
      expect(progress.at(-1)).toEqual([9, 9]);
      expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
      // the workers stay for the next run
      expect(await p.run([{ kind: 'echo', value: 1 }])).toEqual([1]);
    } finally {
      await p.terminate();
    }
  });

  it('hands each job its result as it comes, from the workers and from the calling thread', async () => {
    const p = pool({ runHere: async (job) => (job.kind === 'echo' ? job.value : job.kind === 'count' ? job.n : null) });
    try {
      const jobs: TestRequest[] = [{ kind: 'count', n: 3 }, { kind: 'echo', value: 'x' }, { kind: 'count', n: 4 }, { kind: 'echo', value: 'y' }];
      for (const here of [false, true]) {
        const heard = new Map<number, unknown>();
        const results = await p.run(jobs, { here, onResult: (job, result) => heard.set(job, result) });
        expect(results).toEqual([3, 'x', 4, 'y']);
        expect([...heard].sort(([x], [y]) => x - y)).toEqual([[0, 3], [1, 'x'], [2, 4], [3, 'y']]);
      }
    } finally {
      await p.terminate();
    }
  });

  it('hands no result over once the run is stopped, even one that was under way', async () => {
    const controller = new AbortController();
    // a pool of one working here: the calling thread runs every job, and the first stops the run
    const p = pool({
      size: 1,
      runHere: async (job) => {
        controller.abort();
        return job.kind === 'echo' ? job.value : null;
      },
    });
    try {
      const heard: number[] = [];
      const run = p.run([{ kind: 'echo', value: 'a' }, { kind: 'echo', value: 'b' }], { here: true, signal: controller.signal, onResult: (job) => heard.push(job) });
      await expect(run).rejects.toThrow();
      expect(heard).toEqual([]);
    } finally {
      await p.terminate();
    }
  });

  it('answers an empty list at once', async () => {
    const p = pool();
    expect(await p.run([])).toEqual([]);
    await p.terminate();
  });

  it('lets the calling thread take the smallest jobs when asked', async () => {
    const here: TestRequest[] = [];
    const p = pool({
      size: 1,
      runHere: async (job) => {
        here.push(job);
        return job.kind === 'echo' ? job.value : null;
      },
    });
    try {
      // a pool of one with the calling thread working starts no worker: this thread does it all
      expect(await p.run([{ kind: 'echo', value: 'a' }, { kind: 'echo', value: 'b' }], { here: true })).toEqual(['a', 'b']);
      expect(here).toHaveLength(2);
    } finally {
      await p.terminate();
    }
  });

  it('fails the run with the error of a job that failed, and with the exit of a worker that stopped', async () => {
    const p = pool();
    await expect(p.run([{ kind: 'echo', value: 1 }, { kind: 'throw', message: 'bad shard' }])).rejects.toThrow('bad shard');
    await expect(p.run([{ kind: 'exit', code: 2 }])).rejects.toThrow('test worker stopped (exit code 2)');
    // and starts new workers for the next run
    expect(await p.run([{ kind: 'echo', value: 'again' }])).toEqual(['again']);
    await p.terminate();
  });

  it('rejects with an AbortError when cancelled, at once or while running', async () => {
    const p = pool();
    const controller = new AbortController();
    const running = p.run([{ kind: 'hang' }, { kind: 'hang' }], {
      signal: controller.signal,
      onProgress: () => {},
    });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError', message: 'test cancelled' });
    await expect(p.run([{ kind: 'echo', value: 1 }], { signal: controller.signal })).rejects.toThrow();
    await p.terminate();
  });
});
