// The harness itself: the platform bootstrap behaves like Supabase, and the helpers act like its services.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot, runCli, runSqlFile, urlForRole } from '../../scripts/db/prepare-database.ts';
import { withServerSslMode } from '../../scripts/db/ssl-mode.ts';
import { signUp, uniqueEmail } from '../support/auth.ts';
import { anon, as, attempt, inTransaction, owner, serviceRole, user } from '../support/db.ts';
import { broadcastsFor, channelAccess } from '../support/realtime.ts';
import { download, list, remove, upload } from '../support/storage.ts';

const suffix = randomBytes(4).toString('hex');

describe('database URLs', () => {
  it('a URL that names no sslmode reaches the server through the Supabase CLI, with TLS or without', async () => {
    const plain = new URL(inject('databaseUrl'));
    plain.searchParams.delete('sslmode');
    const output = await runCli(['migration', 'list', '--db-url', await withServerSslMode(plain.toString())]);
    expect(output).toContain('20261124190000');
  });

  it('a URL that names its sslmode keeps it', async () => {
    const chosen = new URL(inject('databaseUrl'));
    chosen.searchParams.set('sslmode', 'prefer');
    expect(await withServerSslMode(chosen.toString())).toBe(chosen.toString());
  });
});

describe('auth helpers', () => {
  it('auth.uid(), auth.role(), auth.email() and auth.jwt() read the claims PostgREST sets', async () => {
    const { id, email } = await signUp();
    const row = await as(user(id, { aal: 'aal2' }), async (q) => {
      const { rows } = await q.query(
        `select auth.uid() as uid, auth.role() as role, auth.email() as email, auth.jwt() ->> 'aal' as aal,
                current_user as db_role`,
      );
      return rows[0];
    });
    expect(row).toEqual({ uid: id, role: 'authenticated', email, aal: 'aal2', db_role: 'authenticated' });
  });

  it('the legacy per-claim settings win over request.jwt.claims, as Storage and Realtime rely on', async () => {
    const [legacy, modern] = [randomUUID(), randomUUID()];
    const settings: [string, string][] = [
      ['request.jwt.claims', JSON.stringify({ sub: modern, role: 'authenticated' })],
      ['request.jwt.claim.sub', legacy],
      ['request.jwt.claim', JSON.stringify({ sub: legacy })],
    ];
    const row = await inTransaction(settings, async (q) => {
      const { rows } = await q.query(`select auth.uid() as uid, auth.jwt() ->> 'sub' as jwt_sub, auth.role() as role`);
      return rows[0];
    }, { rollback: true });
    expect(row).toEqual({ uid: legacy, jwt_sub: legacy, role: 'authenticated' });
  });

  it('anon gets no uid and the anon role from its API key claims', async () => {
    const result = await attempt(anon, `select auth.uid() as uid, auth.role() as role, current_setting('statement_timeout') as timeout`);
    expect(result).toEqual({ ok: true, rowCount: 1, rows: [{ uid: null, role: 'anon', timeout: '3s' }] });
  });

  it('anon and authenticated cannot read auth.users', async () => {
    const { id } = await signUp();
    for (const actor of [anon, user(id)]) {
      const result = await attempt(actor, `select id from auth.users`);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('a signed-up user has a bcrypt password, an email identity and empty token columns', async () => {
    const { id, email, password } = await signUp({ fullName: 'Awa Ndiaye', metadata: { locale: 'fr' } });
    const { rows } = await owner(
      `select u.encrypted_password = extensions.crypt($2, u.encrypted_password) as password_ok,
              extensions.crypt('wrong', u.encrypted_password) = u.encrypted_password as wrong_ok,
              u.email, u.role, u.aud, u.email_confirmed_at is not null as confirmed, u.confirmation_token,
              u.recovery_token, u.email_change, u.email_change_token_new, u.raw_user_meta_data,
              i.provider, i.provider_id, i.identity_data ->> 'email' as identity_email
       from auth.users u join auth.identities i on i.user_id = u.id where u.id = $1`,
      [id, password],
    );
    expect(rows).toEqual([
      {
        password_ok: true, wrong_ok: false, email, role: 'authenticated', aud: 'authenticated', confirmed: true,
        confirmation_token: '', recovery_token: '', email_change: '', email_change_token_new: '',
        raw_user_meta_data: { full_name: 'Awa Ndiaye', locale: 'fr', email_verified: true },
        provider: 'email', provider_id: id, identity_email: email,
      },
    ]);
  });
});

describe('principals', () => {
  it('sign-ups write auth.users as supabase_auth_admin, whose search_path is auth', async () => {
    const probe = uniqueEmail('principal');
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      // A temporary trigger that fails the probe's sign-up with who ran it (dropped with the session).
      await client.query(`create function pg_temp.principal_probe() returns trigger language plpgsql as $$
        begin
          if new.email = '${probe}' then
            raise exception 'inserted by %, search_path %', current_user, current_setting('search_path');
          end if;
          return new;
        end $$`);
      await client.query(`create trigger harness_principal_${suffix} before insert on auth.users
        for each row execute function pg_temp.principal_probe()`);
      await expect(signUp({ email: probe })).rejects.toThrow('inserted by supabase_auth_admin, search_path auth');
    } finally {
      // Only auth.users' owner may drop its trigger; dropping the function takes the trigger along.
      await client.query(`drop function pg_temp.principal_probe() cascade`);
      await client.end();
    }
    expect((await owner(`select from pg_trigger where tgname = $1`, [`harness_principal_${suffix}`])).rowCount).toBe(0);
  });

  it('supabase_auth_admin is created as Supabase creates it and owns the auth tables', async () => {
    const { rows } = await owner(
      `select r.rolcanlogin, r.rolinherit, r.rolsuper, r.rolbypassrls,
              (select array_agg(c order by c) from pg_db_role_setting s cross join unnest(s.setconfig) c
                where s.setrole = r.oid and s.setdatabase = 0) as settings,
              (select array_agg(t.relname::text order by t.relname) from pg_class t
                where t.relnamespace = 'auth'::regnamespace and t.relkind = 'r' and t.relowner = r.oid) as owns
       from pg_roles r where r.rolname = 'supabase_auth_admin'`,
    );
    expect(rows[0]).toEqual({
      rolcanlogin: true, rolinherit: false, rolsuper: false, rolbypassrls: false,
      settings: expect.arrayContaining(['search_path=auth']),
      owns: expect.arrayContaining(['identities', 'refresh_tokens', 'sessions', 'users']),
    });
  });

  it('postgres is a member of none of the services\' roles, as on hosted projects', async () => {
    const { rows } = await owner(
      `select r as role, pg_has_role('postgres', r, 'member') as member
       from unnest(array['supabase_auth_admin', 'supabase_storage_admin', 'supabase_realtime_admin']) r`,
    );
    expect(rows.filter((row) => row.member)).toEqual([]);
  });

  it('postgres manages policies on storage and realtime tables, and nothing else an owner could', async () => {
    const outcome = (sql: string) =>
      inTransaction([], (q) => q.query(sql), { rollback: true }).then(
        () => 'ok',
        (error: pg.DatabaseError) => `${error.code}: ${error.message}`,
      );
    for (const table of ['storage.objects', 'storage.buckets', 'realtime.messages']) {
      const policy = `harness_${suffix}`;
      expect(await outcome(`create policy ${policy} on ${table} for select to authenticated using (false)`)).toBe('ok');
      expect(await outcome(`create policy ${policy} on ${table} for select to authenticated using (false);
        alter policy ${policy} on ${table} using (true); drop policy ${policy} on ${table}`)).toBe('ok');
      const refused = `42501: must be owner of table ${table.split('.')[1]}`; // PostgreSQL names the relation alone
      expect(await outcome(`alter table ${table} disable row level security`)).toBe(refused);
      expect(await outcome(`comment on table ${table} is 'mine'`)).toBe(refused);
      expect(await outcome(`create index harness_${suffix} on ${table} (id)`)).toMatch(/^42501: /);
    }
  });
});

describe('vault', () => {
  it('vault.decrypted_secrets has the columns and types of supabase_vault 0.3', async () => {
    const { rows } = await owner<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
       where table_schema = 'vault' and table_name = 'decrypted_secrets' order by ordinal_position`,
    );
    expect(rows.map((row) => `${row.column_name} ${row.data_type}`)).toEqual([
      'id uuid', 'name text', 'description text', 'secret text', 'decrypted_secret text', 'key_id uuid', 'nonce bytea',
      'created_at timestamp with time zone', 'updated_at timestamp with time zone',
    ]);
  });

  it('postgres stores a secret through vault.create_secret, encrypted at rest, and reads it decrypted', async () => {
    const row = await inTransaction([], async (q) => {
      const { rows } = await q.query(`select vault.create_secret('s3cret-value', 'harness_${suffix}', 'test') as id`);
      const read = await q.query(
        `select d.decrypted_secret, d.description, s.secret <> 's3cret-value' as encrypted
         from vault.decrypted_secrets d join vault.secrets s using (id) where d.id = $1`,
        [rows[0].id],
      );
      return read.rows[0];
    }, { rollback: true });
    expect(row).toEqual({ decrypted_secret: 's3cret-value', description: 'test', encrypted: true });
    const direct = await inTransaction([], (q) => q.query(`insert into vault.secrets (secret) values ('x')`), { rollback: true })
      .then(() => 'inserted', (error: pg.DatabaseError) => error.code);
    expect(direct).toBe('42501');
  });
});

describe('storage', () => {
  const bucket = `harness-${suffix}`;

  beforeAll(async () => {
    await owner(
      `insert into storage.buckets (id, name, file_size_limit, allowed_mime_types) values ($1, $1, 1000, '{application/pdf,image/*}')`,
      [bucket],
    );
    // Each user writes and reads in a folder named after their id (the documented pattern, facts §7.5).
    for (const op of ['insert', 'select', 'delete']) {
      const rule = `bucket_id = '${bucket}' and (storage.foldername(name))[1] = (select auth.uid()::text)`;
      await owner(
        `create policy "${bucket}_${op}" on storage.objects for ${op} to authenticated
         ${op === 'insert' ? 'with check' : 'using'} (${rule})`,
      );
    }
  });

  afterAll(async () => {
    for (const op of ['insert', 'select', 'delete']) await owner(`drop policy if exists "${bucket}_${op}" on storage.objects`);
    await as(serviceRole, async (q) => {
      await q.query(`select set_config('storage.allow_delete_query', 'true', true)`);
      await q.query(`delete from storage.objects where bucket_id = $1`, [bucket]);
      await q.query(`delete from storage.buckets where id = $1`, [bucket]);
    });
  });

  it('path helpers split names as Storage does', async () => {
    const { rows } = await owner(
      `select storage.foldername('a/b/c.png') as folders, storage.foldername('c.png') as top,
              storage.filename('a/b/c.png') as file, storage.extension('a/b/x.tar.gz') as ext,
              storage.extension('a/b/README') as no_dot`,
    );
    expect(rows[0]).toEqual({ folders: ['a', 'b'], top: [], file: 'c.png', ext: 'gz', no_dot: 'README' });
  });

  it('rows cannot be deleted from storage.objects without going through the API', async () => {
    const { id } = await signUp();
    expect(await upload(user(id), bucket, `${id}/keep.pdf`, { mimetype: 'application/pdf', size: 10 })).toMatchObject({ ok: true });
    const direct = await attempt(serviceRole, `delete from storage.objects where bucket_id = $1`, [bucket]);
    expect(direct).toMatchObject({ ok: false, code: '42501' });
  });

  it('uploads follow bucket limits, RLS and ownership', async () => {
    const [alice, bob] = [await signUp(), await signUp()];
    const pdf = { mimetype: 'application/pdf', size: 500 };
    const uploaded = await upload(user(alice.id), bucket, `${alice.id}/cv.pdf`, pdf);
    expect(uploaded).toMatchObject({ ok: true, rows: [{ owner: alice.id, owner_id: alice.id }] });
    expect(await upload(user(alice.id), bucket, `${alice.id}/big.pdf`, { ...pdf, size: 1001 })).toMatchObject({ status: 413 });
    expect(await upload(user(alice.id), bucket, `${alice.id}/a.txt`, { mimetype: 'text/plain', size: 1 })).toMatchObject({ status: 415 });
    expect(await upload(user(alice.id), bucket, `${alice.id}/p.png`, { mimetype: 'image/png', size: 1 })).toMatchObject({ ok: true });
    expect(await upload(user(bob.id), bucket, `${alice.id}/x.pdf`, pdf)).toMatchObject({ ok: false, status: 403, code: '42501' });
    expect(await upload(anon, bucket, `${alice.id}/y.pdf`, pdf)).toMatchObject({ ok: false, status: 403 });
    expect(await upload(user(alice.id), bucket, `${alice.id}/cv.pdf`, pdf)).toMatchObject({ ok: false, status: 409 });

    expect(await download(user(alice.id), bucket, `${alice.id}/cv.pdf`)).toMatchObject({ ok: true, rowCount: 1 });
    expect(await download(user(bob.id), bucket, `${alice.id}/cv.pdf`)).toMatchObject({ ok: false, status: 404 });
    expect(await list(user(alice.id), bucket, `${alice.id}/`)).toMatchObject({ ok: true, rowCount: 2 });
    expect(await list(user(bob.id), bucket, `${alice.id}/`)).toMatchObject({ ok: true, rowCount: 0 });
  });

  it('a bulk removal answers with the objects really deleted, and with [] when RLS refuses them', async () => {
    const [alice, bob] = [await signUp(), await signUp()];
    const pdf = { mimetype: 'application/pdf', size: 10 };
    for (const name of ['a.pdf', 'b.pdf']) await upload(user(alice.id), bucket, `${alice.id}/${name}`, pdf);

    expect(await remove(user(bob.id), bucket, [`${alice.id}/a.pdf`])).toEqual({ ok: true, rows: [], rowCount: 0 });
    expect(await remove(anon, bucket, [`${alice.id}/a.pdf`])).toEqual({ ok: true, rows: [], rowCount: 0 });
    const mine = await remove(user(alice.id), bucket, [`${alice.id}/a.pdf`, `${alice.id}/missing.pdf`]);
    expect(mine).toMatchObject({ ok: true, rowCount: 1, rows: [{ name: `${alice.id}/a.pdf`, bucket_id: bucket, owner_id: alice.id }] });
    expect(Object.keys(mine.ok ? mine.rows[0]! : {})).not.toContain('path_tokens'); // the API's object schema only
    expect(await remove(user(alice.id), bucket, [`${alice.id}/a.pdf`])).toEqual({ ok: true, rows: [], rowCount: 0 });
    expect(await list(user(alice.id), bucket, `${alice.id}/`)).toMatchObject({ rows: [{ name: `${alice.id}/b.pdf` }] });
  });
});

describe('realtime', () => {
  const policy = `harness_${suffix}`;

  beforeAll(async () => {
    // A private topic per user: read for its owner, no write for anyone.
    await owner(
      `create policy ${policy} on realtime.messages for select to authenticated
       using (realtime.topic() = 'harness-${suffix}:' || (select auth.uid())::text)`,
    );
  });
  afterAll(() => owner(`drop policy if exists ${policy} on realtime.messages`));

  it('channel access is decided by RLS on realtime.messages', async () => {
    const [alice, bob] = [await signUp(), await signUp()];
    const topic = `harness-${suffix}:${alice.id}`;
    expect(await channelAccess(user(alice.id), topic)).toEqual({ canRead: true, canWrite: false });
    expect(await channelAccess(user(bob.id), topic)).toEqual({ canRead: false, canWrite: false });
    expect(await channelAccess(anon, topic)).toEqual({ canRead: false, canWrite: false });
  });

  it('realtime.send() and broadcast_changes() queue broadcast messages', async () => {
    const topic = `harness-${suffix}:send`;
    const since = new Date(Date.now() - 1);
    await owner(`select realtime.send('{"hello": "world"}', 'greeting', $1)`, [topic]);
    await owner(
      `select realtime.broadcast_changes($1, 'INSERT', 'INSERT', 'things', 'public', row(1, 'one'), null)`,
      [topic],
    );
    const sent = await broadcastsFor(topic, since);
    expect(sent.map((m) => [m.event, m.private])).toEqual([['greeting', true], ['INSERT', true]]);
    const [greeting, change] = sent;
    expect(greeting?.payload).toEqual({ hello: 'world', id: greeting?.id });
    expect(change?.payload).toMatchObject({ operation: 'INSERT', table: 'things', schema: 'public', old_record: null });
  });
});

describe('platform bootstrap', () => {
  it('new public objects of postgres are not exposed to the API roles (2026 defaults)', async () => {
    // Inside a rolled-back transaction so the type-generation test never sees the table.
    const rows = await inTransaction([], async (q) => {
      const table = `public.harness_grants_${suffix}`;
      await q.query(`create table ${table} (id int)`);
      const result = await q.query(
        `select has_table_privilege('anon', $1, 'select') as anon_select,
                has_table_privilege('authenticated', $1, 'insert') as user_insert,
                has_table_privilege('service_role', $1, 'select') as service_select,
                has_table_privilege('authenticated', $1, 'truncate') as user_truncate`,
        [table],
      );
      return result.rows;
    }, { rollback: true });
    expect(rows[0]).toEqual({ anon_select: false, user_insert: false, service_select: false, user_truncate: true });
  });

  it('postgres may add triggers to auth.users, as it has ALL on auth tables', async () => {
    const created = await inTransaction([], async (q) => {
      await q.query(`create function pg_temp.harness_noop() returns trigger language plpgsql as 'begin return new; end'`);
      await q.query(`create trigger harness_noop after insert on auth.users for each row execute function pg_temp.harness_noop()`);
      return true;
    }, { rollback: true });
    expect(created).toBe(true);
  });

  it('applies to a second database of a cluster that already has the roles', async () => {
    await withBootstrappedDatabase('second', async (check) => {
      await check.query(`select set_config('request.jwt.claims', '{"sub": "00000000-0000-4000-8000-000000000001"}', false)`);
      const { rows } = await check.query(
        `select (select count(*)::int from pg_namespace where nspname in ('auth', 'storage', 'realtime', 'extensions')
                  and nspowner = 'supabase_admin'::regrole) as schemas,
                (select count(*)::int from pg_publication where pubname = 'supabase_realtime') as publications,
                auth.uid()::text as uid`,
      );
      expect(rows[0]).toMatchObject({ schemas: 4, publications: 1, uid: '00000000-0000-4000-8000-000000000001' });
    });
  });

  it('refuses an infinite timestamp in the auth columns Auth reads: Auth could not load the row again', async () => {
    await withBootstrappedDatabase('finite', async (client) => {
      const id = randomUUID();
      await client.query(`insert into auth.users (id, email, created_at, updated_at) values ($1, 'finite@example.test', now(), now())`, [id]);
      await client.query(`insert into auth.identities (provider_id, user_id, identity_data, provider) values ($1::text, $1::text::uuid, '{}', 'email')`, [id]);
      const write = (sql: string, value: string) =>
        client.query(sql, [id, value]).then((result) => `${result.rowCount} row`, (error: pg.DatabaseError) => `${error.code}: ${error.constraint}`);
      const ban = `update auth.users set banned_until = $2 where id = $1`;
      expect(await write(ban, 'infinity')).toBe('23514: users_times_finite_for_auth');
      expect(await write(ban, '-infinity')).toBe('23514: users_times_finite_for_auth');
      expect(await write(`update auth.identities set last_sign_in_at = $2 where user_id = $1`, 'infinity'))
        .toBe('23514: identities_times_finite_for_auth');
      expect(await write(ban, '2126-11-25T00:00:00Z')).toBe('1 row');
    });
  });
});

/**
 * Runs `fn` as a superuser on a fresh database of the cluster holding only the bootstrap (ours when
 * the harness started the cluster, else DATABASE_URL's own user), then drops it.
 */
async function withBootstrappedDatabase(name: string, fn: (client: pg.Client) => Promise<void>): Promise<void> {
  const adminUrl = inject('superuserUrl') ?? inject('databaseUrl');
  const database = `harness_${name}_${suffix}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${database}`);
    const target = new URL(adminUrl);
    target.pathname = `/${database}`;
    await runSqlFile(target.toString(), path.join(repoRoot, 'scripts/db/platform-bootstrap.sql'));
    const client = new pg.Client({ connectionString: target.toString() });
    await client.connect();
    try {
      await fn(client);
    } finally {
      await client.end();
    }
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

// Keeps the role-switching URL helper honest: same server, other credentials.
it('urlForRole keeps host, database and parameters', () => {
  expect(urlForRole('postgresql://a:b@127.0.0.1:5432/postgres?sslmode=disable', 'postgres', 'p@ss')).toBe(
    'postgresql://postgres:p%40ss@127.0.0.1:5432/postgres?sslmode=disable',
  );
});
