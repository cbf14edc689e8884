/**
 * Parsing saved pages, PDFs, Word documents and exports on worker threads: off the thread that
 * answers the window, two or more files at once, and each stoppable. A parse that takes longer
 * than `PARSE_LIMIT_MS` is stopped (its worker terminated and replaced) and the file listed with
 * that reason. Workers start when the first such file is read and leave when idle, so a folder of
 * text files never starts one.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SourceFormat } from '../../../shared/article';
import { spawnWorker } from '../../threads/spawn-worker';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import type { Extraction } from './types';

/** Longest parse of one file before it is stopped. */
export const PARSE_LIMIT_MS = 5000;
/** Idle time after which the workers are let go. */
const IDLE_MS = 20_000;

interface Task {
  request: ExtractRequest;
  resolve: (extraction: Extraction) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  constructor(
    readonly size = Math.max(1, Math.min(4, availableParallelism())),
    private readonly limitMs = PARSE_LIMIT_MS,
  ) {}

  /** Reads one file's bytes with the reader of `format`. Never rejects. */
  extract(format: SourceFormat, bytes: Uint8Array, name: string): Promise<Extraction> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, format, bytes, name }, resolve });
      this.pump();
    });
  }

  /** Stops every worker; queued files are answered as not read. */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    for (const task of this.queue.splice(0)) task.resolve({ ok: false, reason: 'not read (closed)' });
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.resolve({ ok: false, reason: 'not read (closed)' });
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
    if (this.slots.every((s) => s.task === null) && !this.idle) {
      this.idle = setTimeout(() => void this.close(), IDLE_MS);
      this.idle.unref();
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.worker.postMessage(task.request);
  }

  private finish(slot: Slot, extraction: Extraction): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    slot.worker.unref();
    task?.resolve(extraction);
    this.pump();
  }

  // the parse ran too long: its thread is the only thing that can stop it
  private stop(slot: Slot): void {
    const task = slot.task;
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    slot.task = null;
    task?.resolve({ ok: false, reason: `took longer than ${this.limitMs / 1000} s to read (stopped)` });
    this.pump();
  }

  private spawn(): Slot {
    const worker = spawnWorker(import.meta.url, 'extract-worker');
    worker.unref();
    const slot: Slot = { worker, task: null, timer: null };
    worker.on('message', (reply: ExtractReply) => {
      if (slot.task?.request.id !== reply.id) return;
      if ('started' in reply) slot.timer = setTimeout(() => this.stop(slot), this.limitMs);
      else this.finish(slot, reply.extraction);
    });
    worker.on('error', (error) => {
      if (slot.task) this.finish(slot, { ok: false, reason: `could not be read (${error.message.slice(0, 120)})` });
    });
    worker.on('exit', () => {
      this.slots = this.slots.filter((s) => s !== slot);
      if (slot.task) this.finish(slot, { ok: false, reason: 'could not be read (the reader stopped)' });
    });
    this.slots.push(slot);
    return slot;
  }
}
