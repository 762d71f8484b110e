// Shapes shared by the stand-in server, its fixtures and the tests that read its records.

/** What a fixture matches: method (any when omitted), exact pathname or RegExp, query values. */
export type RequestMatcher = {
  method?: string;
  path: string | RegExp;
  /** Every listed key must be present; a string must equal the value, a RegExp must match it. */
  query?: Record<string, string | RegExp>;
};

/** A canned reply. `body` is sent as JSON unless it is a string or bytes. */
export type StandInResponse = {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
};

export type Responder =
  | StandInResponse
  | ((request: RecordedRequest) => StandInResponse | Promise<StandInResponse>);

export type FixtureOptions = {
  /** Answer this many requests, then stop matching (later requests fall through). */
  times?: number;
};

export type RecordedRequest = {
  /** Order of arrival, from 1 for the first request after a reset. */
  seq: number;
  method: string;
  path: string;
  /** Query parameters (the last value wins for repeated keys; `search` keeps them all). */
  query: Record<string, string>;
  search: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON when the request declared a JSON body, else undefined. */
  body: unknown;
  rawBody: Buffer;
  /** `browser` when Chromium sent it, `server` when the Next.js server did (no browser UA). */
  client: 'browser' | 'server';
  /** False when no fixture matched and the stand-in answered 501. */
  matched: boolean;
};

/** Partial request shape to filter records with; RegExp path and query values allowed. */
export type RequestFilter = Partial<RequestMatcher> & {
  client?: RecordedRequest['client'];
  matched?: boolean;
};

/** One Phoenix message as realtime-js v2 speaks it. */
export type PhoenixMessage = {
  join_ref: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: unknown;
};

export type JoinReply =
  | { status: 'ok'; response?: Record<string, unknown> }
  | { status: 'error'; response: { reason: string } };

export type RealtimeJoin = {
  topic: string;
  /** The join payload: `config` (broadcast, presence, postgres_changes, private) and `access_token`. */
  payload: { config?: Record<string, unknown>; access_token?: string } & Record<string, unknown>;
  /** Query of the socket's URL: `apikey`, `vsn`, optional `log_level`. */
  socketQuery: Record<string, string>;
};
