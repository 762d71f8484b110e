// A WireMock-like stand-in for Supabase's HTTP APIs (Auth, PostgREST, Storage, Realtime's socket):
// canned responses registered per test, every request recorded, anything unmatched answered 501.
// It holds no business logic: what a test registers is exactly what the app receives.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REALTIME_PATH, RealtimeStandIn, matches, waitFor } from './realtime.ts';
import type { FixtureOptions, RecordedRequest, RequestFilter, RequestMatcher, Responder, StandInResponse } from './types.ts';

type Fixture = { matcher: RequestMatcher; responder: Responder; remaining: number };

// Supabase's gateway lets any origin call its APIs with the SDK's headers; browsers need that too.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'content-range, x-supabase-api-version, content-location, range-unit',
};

export class StandIn {
  readonly realtime = new RealtimeStandIn();
  readonly #server: Server;
  readonly #events = new EventEmitter();
  #fixtures: Fixture[] = [];
  #requests: RecordedRequest[] = [];
  #lastRequestAt = 0;

  private constructor(server: Server) {
    this.#server = server;
  }

  /** Starts on 127.0.0.1: on `port`, or on a free one when omitted. */
  static async start(port = 0): Promise<StandIn> {
    const server = createServer();
    const standIn = new StandIn(server);
    server.on('request', (req, res) => void standIn.#handle(req, res));
    server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      if (url.pathname === REALTIME_PATH) standIn.realtime.handleUpgrade(req, socket, head, Object.fromEntries(url.searchParams));
      else socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return standIn;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** What the app uses as NEXT_PUBLIC_SUPABASE_URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.realtime.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Forgets fixtures, records and realtime sockets: each test starts from nothing. */
  reset(): void {
    this.#fixtures = [];
    this.#requests = [];
    this.realtime.reset();
  }

  /** Answers requests matching `matcher`; the most recently registered matching fixture wins. */
  on(matcher: RequestMatcher, responder: Responder, options: FixtureOptions = {}): this {
    this.#fixtures.unshift({ matcher, responder, remaining: options.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  /** Recorded requests (CORS preflights excluded), oldest first, optionally filtered. */
  requests(filter: RequestFilter = {}): RecordedRequest[] {
    return this.#requests.filter((r) => requestMatches(filter, r));
  }

  /** Requests no fixture answered (each got a 501). */
  unmatched(): RecordedRequest[] {
    return this.requests({ matched: false });
  }

  /**
   * Resolves once no request has come for `quietMs`. A page closed in the middle of a navigation
   * leaves the server rendering it, and on a busy machine its calls come late: wait for them before
   * the fixtures are judged or forgotten, or they land on the next test's.
   */
  async quiet(quietMs = 300): Promise<void> {
    for (let idle = performance.now() - this.#lastRequestAt; idle < quietMs; idle = performance.now() - this.#lastRequestAt) {
      await new Promise((resolve) => setTimeout(resolve, quietMs - idle));
    }
  }

  /** Resolves with the first recorded request matching `filter` (already made or to come). */
  waitForRequest(filter: RequestFilter, timeoutMs = 10_000): Promise<RecordedRequest> {
    return waitFor(this.#events, 'request', () => this.requests(filter)[0], timeoutMs, `a request matching ${describe(filter)}`);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS_HEADERS,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    const rawBody = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const request: RecordedRequest = {
      seq: this.#requests.length + 1,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      search: url.search,
      headers,
      body: parseJsonBody(headers['content-type'], rawBody),
      rawBody,
      client: /Chrome\//.test(headers['user-agent'] ?? '') ? 'browser' : 'server',
      matched: false,
    };
    const fixture = this.#fixtures.find((f) => f.remaining > 0 && requestMatches(f.matcher, request));
    let response: StandInResponse;
    if (fixture) {
      fixture.remaining -= 1;
      request.matched = true;
      this.#record(request);
      try {
        response = typeof fixture.responder === 'function' ? await fixture.responder(request) : fixture.responder;
      } catch (error) {
        response = { status: 500, body: { error: 'stand-in fixture threw', message: String(error) } };
      }
    } else {
      this.#record(request);
      response = {
        status: 501,
        body: {
          code: 'stand_in_unmatched',
          message: `No stand-in fixture for ${request.method} ${request.path}${request.search}`,
          hint: 'Register one with standIn.on({ method, path, query }, response) in the test.',
        },
      };
    }
    send(res, response);
  }

  #record(request: RecordedRequest): void {
    this.#lastRequestAt = performance.now();
    this.#requests.push(request);
    this.#events.emit('request');
  }
}

function requestMatches(filter: RequestFilter, r: RecordedRequest): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== r.method) return false;
  if (filter.path !== undefined && !matches(filter.path, r.path)) return false;
  if (filter.client !== undefined && filter.client !== r.client) return false;
  if (filter.matched !== undefined && filter.matched !== r.matched) return false;
  for (const [key, expected] of Object.entries(filter.query ?? {})) {
    const actual = r.query[key];
    if (actual === undefined || !matches(expected, actual)) return false;
  }
  return true;
}

function send(res: ServerResponse, response: StandInResponse): void {
  const { status = 200, headers = {}, body } = response;
  let payload: Buffer | string | undefined;
  let contentType: string | undefined;
  if (body === undefined || body === null) payload = undefined;
  else if (Buffer.isBuffer(body) || body instanceof Uint8Array) [payload, contentType] = [Buffer.from(body), 'application/octet-stream'];
  else if (typeof body === 'string') [payload, contentType] = [body, 'text/plain; charset=utf-8'];
  else [payload, contentType] = [JSON.stringify(body), 'application/json; charset=utf-8'];
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  res.writeHead(status, { ...CORS_HEADERS, ...(contentType ? { 'content-type': contentType } : {}), ...lower });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJsonBody(contentType: string | undefined, raw: Buffer): unknown {
  if (raw.length === 0 || !/json/i.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

function describe(filter: RequestFilter): string {
  return JSON.stringify(filter, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));
}
