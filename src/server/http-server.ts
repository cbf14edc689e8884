/**
 * ParallaxApi over HTTP on 127.0.0.1, for the browser mode and the end-to-end tests: the built
 * renderer as static files, `POST /api/<method>` for requests, and `GET /api/events` as a stream of
 * server-sent events. Every API call needs the per-launch token; requests naming another host are
 * refused, so a web page elsewhere cannot reach the API through DNS rebinding.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { ParallaxEvents, ParallaxMethods } from '../shared/api';
import { dispatch } from '../core/host/backend';
import { MethodLimits } from '../core/host/method-limits';
import { staticFile } from './static-files';

/** The renderer's policy: its own scripts and styles, its own API, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 1024 * 1024;


/** A request body over MAX_BODY: answered 413, and not read any further. */
class BodyTooLarge extends Error {}

export interface HostServer {
  server: Server;
  port: number;
  url: string;
  /** Pushes an event to every open event stream. */
  broadcast<K extends keyof ParallaxEvents>(channel: K, payload: ParallaxEvents[K]): void;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * JSON of a value, written once for a frozen one: the backend answers the folder's listing
 * (megabytes for a large folder) from one frozen object until it changes, to every page load and
 * event stream. Anything else is written each time.
 */
const written = new WeakMap<object, string>();
function json(value: unknown): string {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return JSON.stringify(value);
  let text = written.get(value);
  if (text === undefined) written.set(value, (text = JSON.stringify(value)));
  return text;
}

/** One server-sent event. */
function eventFrame<K extends keyof ParallaxEvents>(channel: K, payload: ParallaxEvents[K]): string {
  return `event: ${channel}\ndata: ${json(payload)}\n\n`;
}

/** Sends a response; resolves once it is handed over (or the client has gone), so its memory can go. */
function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): Promise<void> {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  return new Promise((resolve) => {
    res.once('close', resolve);
    res.end(body);
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One API call: read, validated and run within its method's limit, answered, then released. */
async function answerCall(backend: ParallaxMethods, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let args: unknown;
  try {
    args = (JSON.parse((await readBody(req)) || '{}') as { args?: unknown }).args ?? [];
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) return send(res, 400, 'The body must be JSON: {"args": [...]}');
    // the rest of the body is not read: the connection closes after the answer
    res.setHeader('connection', 'close');
    return send(res, 413, `The body is larger than ${MAX_BODY / 1024 / 1024} MB.`);
  }
  const result = await dispatch(backend, method, args);
  const body = result.ok && typeof result.value === 'object' && result.value !== null ? `{"ok":true,"value":${json(result.value)}}` : JSON.stringify(result);
  return send(res, 200, body, 'application/json; charset=utf-8');
}

export async function startHostServer(backend: ParallaxMethods, options: { port: number; token: string; rendererDir: string }): Promise<HostServer> {
  const streams = new Set<ServerResponse>();
  const limits = new MethodLimits();
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, 'Wrong host.');
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers['x-parallax-token'] ?? url.searchParams.get('token');
      if (!sameToken(Array.isArray(given) ? given[0] : given, options.token)) return send(res, 401, 'Missing or wrong token.');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'POST') return send(res, 405, 'POST only.');
      const method = url.pathname.slice('/api/'.length);
      return limits.run(method, () => answerCall(backend, method, req, res));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    const file = await staticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found.');
    send(res, 200, file.body, file.type);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    broadcast: (channel, payload) => {
      const frame = eventFrame(channel, payload);
      for (const stream of streams) stream.write(frame);
    },
    close: () =>
      new Promise((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        // a page left open keeps its connections alive: they must not hold the host up as it stops
        server.closeAllConnections();
      }),
  };
}
