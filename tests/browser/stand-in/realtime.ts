// Realtime as supabase-js v2 speaks it: Phoenix channels over /realtime/v1/websocket, serializer
// vsn 2.0.0 (JSON arrays, binary user broadcasts) or 1.0.0 (JSON objects). Protocol only: joins are
// acknowledged, heartbeats answered, and tests push events; nothing is authorised or relayed.
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { JoinReply, PhoenixMessage, RealtimeJoin } from './types.ts';

export const REALTIME_PATH = '/realtime/v1/websocket';

const KIND_USER_BROADCAST_PUSH = 3; // client → server
const KIND_USER_BROADCAST = 4; // server → client
const JSON_ENCODING = 1;

type Connection = { socket: WebSocket; vsn: string; query: Record<string, string>; topics: Map<string, string | null> };
type JoinHandler = { topic: string | RegExp; reply: (join: RealtimeJoin) => JoinReply };

export type BroadcastOptions = { encoding?: 'binary' | 'json' };

export class RealtimeStandIn {
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #connections = new Set<Connection>();
  readonly #events = new EventEmitter();
  #joins: RealtimeJoin[] = [];
  #messages: PhoenixMessage[] = [];
  #joinHandlers: JoinHandler[] = [];

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, query: Record<string, string>): void {
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, query));
  }

  /** Forgets records and join handlers and closes every socket (clients reconnect by themselves). */
  reset(): void {
    this.#joins = [];
    this.#messages = [];
    this.#joinHandlers = [];
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
  }

  close(): void {
    this.reset();
    this.#wss.close();
  }

  /** Replies to joins of matching topics with `reply` instead of the default ok (last registered wins). */
  onJoin(topic: string | RegExp, reply: JoinReply | ((join: RealtimeJoin) => JoinReply)): void {
    this.#joinHandlers.unshift({ topic, reply: typeof reply === 'function' ? reply : () => reply });
  }

  joins(topic?: string | RegExp): RealtimeJoin[] {
    return this.#joins.filter((join) => topic === undefined || matches(topic, join.topic));
  }

  /** Every message clients sent (heartbeats excluded), decoded; user broadcasts as `{type, event, payload}`. */
  messages(filter: { topic?: string | RegExp; event?: string } = {}): PhoenixMessage[] {
    return this.#messages.filter(
      (m) => (filter.topic === undefined || matches(filter.topic, m.topic)) && (filter.event === undefined || m.event === filter.event),
    );
  }

  /** Resolves with the first join of `topic` (already made or to come). */
  waitForJoin(topic: string | RegExp, timeoutMs = 10_000): Promise<RealtimeJoin> {
    return waitFor(this.#events, 'join', () => this.joins(topic)[0], timeoutMs, `a realtime join of ${String(topic)}`);
  }

  /** Sends a broadcast to every socket that joined `topic` (the full topic, e.g. `realtime:dossier:…`). */
  broadcast(topic: string, event: string, payload: unknown, options: BroadcastOptions = {}): number {
    return this.#pushToJoined(topic, (connection) => {
      const binary = (options.encoding ?? (connection.vsn === '2.0.0' ? 'binary' : 'json')) === 'binary';
      if (binary && connection.vsn === '2.0.0') return encodeUserBroadcast(topic, event, payload);
      return encode(connection.vsn, { join_ref: null, ref: null, topic, event: 'broadcast', payload: { type: 'broadcast', event, payload } });
    });
  }

  /**
   * Sends a postgres_changes event; realtime-js routes it by the binding ids the join reply gave
   * (the default reply numbers the join's postgres_changes bindings 1, 2, …).
   */
  postgresChange(
    topic: string,
    change: { type: 'INSERT' | 'UPDATE' | 'DELETE'; schema: string; table: string; record?: Record<string, unknown>; old_record?: Record<string, unknown> },
    ids: number[] = [1],
  ): number {
    const data = { commit_timestamp: new Date().toISOString(), errors: null, columns: [], ...change };
    return this.#pushToJoined(topic, (connection) =>
      encode(connection.vsn, { join_ref: null, ref: null, topic, event: 'postgres_changes', payload: { ids, data } }),
    );
  }

  /** Sends any Phoenix event (presence_state, system, …) to the sockets joined to `topic`. */
  push(topic: string, event: string, payload: unknown): number {
    return this.#pushToJoined(topic, (connection) =>
      encode(connection.vsn, { join_ref: connection.topics.get(topic) ?? null, ref: null, topic, event, payload }),
    );
  }

  #pushToJoined(topic: string, frame: (connection: Connection) => string | Buffer): number {
    let sent = 0;
    for (const connection of this.#connections) {
      if (!connection.topics.has(topic)) continue;
      connection.socket.send(frame(connection));
      sent += 1;
    }
    return sent;
  }

  #accept(socket: WebSocket, query: Record<string, string>): void {
    const connection: Connection = { socket, vsn: query.vsn ?? '1.0.0', query, topics: new Map() };
    this.#connections.add(connection);
    socket.on('close', () => this.#connections.delete(connection));
    socket.on('message', (data, isBinary) => this.#receive(connection, data, isBinary));
  }

  #receive(connection: Connection, data: RawData, isBinary: boolean): void {
    const message = decode(connection.vsn, toBuffer(data), isBinary);
    if (message.topic === 'phoenix' && message.event === 'heartbeat') {
      this.#reply(connection, message, { status: 'ok', response: {} });
      return;
    }
    this.#messages.push(message);
    switch (message.event) {
      case 'phx_join':
        this.#join(connection, message);
        break;
      case 'phx_leave':
        this.#reply(connection, message, { status: 'ok', response: {} });
        connection.topics.delete(message.topic);
        break;
      case 'broadcast':
        this.#clientBroadcast(connection, message);
        break;
      case 'access_token':
        break; // the real server answers nothing; the record is what tests read
      default:
        if (message.ref !== null) this.#reply(connection, message, { status: 'ok', response: {} });
    }
    this.#events.emit('message');
  }

  #join(connection: Connection, message: PhoenixMessage): void {
    const join: RealtimeJoin = { topic: message.topic, payload: (message.payload ?? {}) as RealtimeJoin['payload'], socketQuery: connection.query };
    const handler = this.#joinHandlers.find((h) => matches(h.topic, message.topic));
    const reply = handler ? handler.reply(join) : defaultJoinReply(join);
    if (reply.status === 'ok') connection.topics.set(message.topic, message.join_ref ?? message.ref);
    this.#reply(connection, message, reply);
    this.#joins.push(join);
    this.#events.emit('join');
  }

  #clientBroadcast(connection: Connection, message: PhoenixMessage): void {
    const config = this.#joins.findLast((j) => j.topic === message.topic)?.payload.config;
    const broadcast = (config?.broadcast ?? {}) as { ack?: boolean; self?: boolean };
    if (broadcast.ack && message.ref !== null) this.#reply(connection, message, { status: 'ok', response: {} });
    if (broadcast.self) {
      const { event, payload } = message.payload as { event: string; payload: unknown };
      connection.socket.send(encodeUserBroadcast(message.topic, event, payload, connection.vsn));
    }
  }

  #reply(connection: Connection, to: PhoenixMessage, reply: JoinReply | { status: 'ok'; response: object }): void {
    connection.socket.send(encode(connection.vsn, { join_ref: to.join_ref, ref: to.ref, topic: to.topic, event: 'phx_reply', payload: reply }));
  }
}

/** Ok, echoing the join's postgres_changes bindings with ids 1, 2, … as the server does. */
function defaultJoinReply(join: RealtimeJoin): JoinReply {
  const bindings = (join.payload.config?.postgres_changes ?? []) as Record<string, unknown>[];
  if (bindings.length === 0) return { status: 'ok', response: {} };
  return { status: 'ok', response: { postgres_changes: bindings.map((binding, i) => ({ ...binding, id: i + 1 })) } };
}

function encode(vsn: string, m: PhoenixMessage): string {
  return vsn === '2.0.0' ? JSON.stringify([m.join_ref, m.ref, m.topic, m.event, m.payload]) : JSON.stringify(m);
}

function decode(vsn: string, data: Buffer, isBinary: boolean): PhoenixMessage {
  if (isBinary) return decodeUserBroadcastPush(data);
  const parsed: unknown = JSON.parse(data.toString('utf8'));
  if (vsn === '2.0.0' && Array.isArray(parsed)) {
    const [join_ref, ref, topic, event, payload] = parsed as [string | null, string | null, string, string, unknown];
    return { join_ref, ref, topic, event, payload };
  }
  const m = parsed as PhoenixMessage;
  return { join_ref: m.join_ref ?? null, ref: m.ref ?? null, topic: m.topic, event: m.event, payload: m.payload };
}

/** Kind 3: kind, five lengths (join_ref, ref, topic, event, metadata), encoding, then the fields. */
function decodeUserBroadcastPush(data: Buffer): PhoenixMessage {
  if (data[0] !== KIND_USER_BROADCAST_PUSH) throw new Error(`stand-in: unexpected binary frame kind ${data[0]}`);
  const lengths = [data[1], data[2], data[3], data[4], data[5]];
  const encoding = data[6];
  let offset = 7;
  const [joinRef, ref, topic, event, metadata] = lengths.map((length) => {
    const field = data.subarray(offset, offset + length).toString('utf8');
    offset += length;
    return field;
  });
  const rest = data.subarray(offset);
  const payload = encoding === JSON_ENCODING ? JSON.parse(rest.toString('utf8')) : rest;
  return {
    join_ref: joinRef || null,
    ref: ref || null,
    topic,
    event: 'broadcast',
    payload: { type: 'broadcast', event, payload, ...(metadata ? { meta: JSON.parse(metadata) } : {}) },
  };
}

/** Kind 4: kind, topic/event/metadata lengths, encoding, then topic, event, metadata, JSON payload. */
function encodeUserBroadcast(topic: string, event: string, payload: unknown, vsn = '2.0.0'): Buffer | string {
  if (vsn !== '2.0.0') {
    return encode(vsn, { join_ref: null, ref: null, topic, event: 'broadcast', payload: { type: 'broadcast', event, payload } });
  }
  const fields = [Buffer.from(topic), Buffer.from(event), Buffer.alloc(0)];
  const header = Buffer.from([KIND_USER_BROADCAST, ...fields.map((f) => f.length), JSON_ENCODING]);
  return Buffer.concat([header, ...fields, Buffer.from(JSON.stringify(payload))]);
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export function matches(pattern: string | RegExp, value: string): boolean {
  return typeof pattern === 'string' ? pattern === value : pattern.test(value);
}

/** Resolves once `find` returns a value, re-checking whenever `event` fires. */
export function waitFor<T>(events: EventEmitter, event: string, find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const found = find();
  if (found !== undefined) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = find();
      if (value === undefined) return;
      cleanup();
      resolve(value);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      events.off(event, check);
    };
    events.on(event, check);
  });
}
