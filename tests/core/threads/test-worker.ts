/** A worker for the threads tests: each request says what to do, so tests drive every path. */
import { serveThread } from '../../../src/core/threads/serve-thread';

export type TestRequest =
  | { kind: 'echo'; value: unknown }
  | { kind: 'count'; n: number }
  | { kind: 'throw'; message: string }
  | { kind: 'exit'; code: number }
  | { kind: 'emit'; channel: string; payload: unknown }
  | { kind: 'hang' };

const thread = serveThread<TestRequest, unknown, number>(async (request, progress) => {
  switch (request.kind) {
    case 'echo':
      return request.value;
    case 'count':
      for (let i = 1; i <= request.n; i++) progress(i);
      return request.n;
    case 'throw':
      throw new Error(request.message);
    case 'exit':
      process.exit(request.code);
      break;
    case 'emit':
      thread.emit(request.channel, request.payload);
      return null;
    case 'hang':
      return new Promise(() => {});
  }
});
