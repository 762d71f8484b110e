import { NextResponse } from 'next/server';
import { isSupabaseConfigured } from '@/lib/env';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const dynamic = 'force-dynamic';

type DatabaseHealth =
  | { status: 'unconfigured' }
  | { status: 'ok'; latencyMs: number }
  | { status: 'error'; latencyMs: number; error: string };

const TIMEOUT_MS = 3000;

/** The cheapest real round trip: one row of a small reference table readable by anyone. */
async function checkDatabase(): Promise<DatabaseHealth> {
  if (!isSupabaseConfigured()) return { status: 'unconfigured' };
  const started = performance.now();
  try {
    const supabase = await createSupabaseServerClient();
    const { error } = await supabase.from('document_kinds').select('code').limit(1).abortSignal(AbortSignal.timeout(TIMEOUT_MS));
    const latencyMs = Math.round(performance.now() - started);
    if (!error) return { status: 'ok', latencyMs };
    // Only a code, never the message: health output is public.
    return { status: 'error', latencyMs, error: error.code || (/fetch|network/i.test(error.message) ? 'unreachable' : 'request_failed') };
  } catch {
    return { status: 'error', latencyMs: Math.round(performance.now() - started), error: 'unreachable' };
  }
}

/** GET /api/health — 200 when the app answers and the database does (or is not configured). */
export async function GET() {
  const database = await checkDatabase();
  const healthy = database.status !== 'error';
  return NextResponse.json(
    {
      status: healthy ? 'ok' : 'degraded',
      app: { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
      database,
      time: new Date().toISOString(),
    },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
