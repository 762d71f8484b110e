import { createClient } from '@supabase/supabase-js';
import type { Database } from '@/lib/database.types';

export type Answer = { status: number; body: unknown };

let clients = 0;

/**
 * A real supabase-js client whose requests get the answers a test gives per path prefix
 * (`/storage/v1/object/documents`, `/rest/v1/profiles`…), JSON bodies as Supabase sends them;
 * `calls` records each request as `METHOD /path`. Unanswered paths get 404.
 */
export function clientAnswering(answers: Record<string, Answer>) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const match = Object.keys(answers).filter((prefix) => url.pathname.startsWith(prefix)).sort((a, b) => b.length - a.length)[0];
    const answer = match ? answers[match]! : { status: 404, body: { message: 'no answer in this test' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  const supabase = createClient<Database>('http://supabase.test', 'sb_publishable_test', {
    global: { fetch },
    auth: { persistSession: false, autoRefreshToken: false, storageKey: `test-${(clients += 1)}` },
  });
  return { supabase, calls };
}

/** One object of Storage's answer to a removal (supabase/storage src/storage/schemas/object.ts). */
export function deletedObject(bucket: string, name: string) {
  return {
    name, bucket_id: bucket, owner: 'u1', owner_id: 'u1', version: 'v1', id: `${bucket}/${name}`,
    updated_at: '2026-11-25T10:00:00Z', created_at: '2026-11-25T10:00:00Z', last_accessed_at: '2026-11-25T10:00:00Z',
    metadata: { size: 1024 }, user_metadata: null,
  };
}
