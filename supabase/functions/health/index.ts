// health: is the database reachable? 200 {status:'ok'} or 503 {status:'degraded'}. No auth, no cache.
import { db } from '../_shared/db.ts';
import { createHandler, json } from '../_shared/http.ts';

const timeoutMs = 3_000;

async function checkDatabase(): Promise<{ status: 'ok' | 'down'; latency_ms: number; message?: string }> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    await Promise.race([db()`select 1`, timeout]).finally(() => clearTimeout(timer));
    return { status: 'ok', latency_ms: elapsed() };
  } catch (error) {
    console.error(`health: database check failed: ${String(error)}`);
    return { status: 'down', latency_ms: elapsed(), message: 'Base de données injoignable.' };
  }
}

export const handler = createHandler({
  methods: ['GET', 'HEAD'],
  async handle() {
    const database = await checkDatabase();
    const status = database.status === 'ok' ? 'ok' : 'degraded';
    return json({ status, checks: { database }, checked_at: new Date().toISOString() }, status === 'ok' ? 200 : 503, {
      'Cache-Control': 'no-store',
    });
  },
});

export default { fetch: handler } satisfies Deno.ServeDefaultExport;
