// A stand-in for an outside HTTP service (SendGrid, Supabase Auth's admin API): a loopback server
// that records every request and answers what the test told it to. No business logic.
import http from 'node:http';
import type net from 'node:net';

export type RecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
  /** What the stand-in did: the status it answered, or 'hang' (never answered). */
  answer: number | 'hang';
};

export type Answer = { status: number; body?: unknown } | 'hang';

export type StandIn = {
  url: string;
  requests: RecordedRequest[];
  /** How to answer from now on (default: 202, empty body). */
  answerWith(answer: Answer | ((request: RecordedRequest) => Answer)): void;
  close(): Promise<void>;
};

export async function startStandIn(): Promise<StandIn> {
  let answer: (request: RecordedRequest) => Answer = () => ({ status: 202 });
  const requests: RecordedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json: parseJson(body), answer: 'hang',
      };
      requests.push(recorded);
      const chosen = answer(recorded);
      if (chosen === 'hang') return;
      recorded.answer = chosen.status;
      res.writeHead(chosen.status, { 'Content-Type': 'application/json' });
      res.end(chosen.body === undefined ? '' : JSON.stringify(chosen.body));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerWith(next) {
      answer = typeof next === 'function' ? next : () => next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
