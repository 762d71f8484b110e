// Issue #14, hole 4: export_my_data() holds exactly what the member may read, and nothing more.
// The column grants are the rule (a reporter does not learn which admin resolved the report, when,
// or what the admin noted); each exported row is compared with them and with what the member reads
// through the API.
import { beforeAll, describe, expect, it } from 'vitest';
import { createComment, createEvent, createLike, createPost, createReport } from '../support/community.ts';
import { type Row, attempt, owner, user } from '../support/db.ts';
import { type Export } from '../support/privacy.ts';
import { type Member, createDocument, createDossier, createMember, createMessage } from '../support/world.ts';

let me: Member;
let data: Export;
let report: string;
let tasks: { mine: string; othersDossier: string; proOwn: string };

const exportOf = async (m: Member): Promise<Export> => {
  const result = await attempt<{ data: Export }>(m.actor, `select public.export_my_data() as data`);
  if (!result.ok) throw new Error(`export refused: ${result.message}`);
  return result.rows[0].data;
};

/** The columns of `table` that members (role authenticated) may select, by the grants. */
async function readableColumns(table: string): Promise<string[]> {
  const { rows } = await owner<{ name: string }>(
    `select a.attname as name from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
        and has_column_privilege('authenticated', a.attrelid, a.attnum, 'SELECT')
      order by a.attname`,
    [table],
  );
  return rows.map((row) => row.name);
}

beforeAll(async () => {
  const [pro, admin, peer] = await Promise.all([createMember({ role: 'pro' }), createMember({ role: 'admin' }), createMember()]);
  me = await createMember({ fullName: 'Rapporteuse Exportée' });
  await owner(`update public.profiles set bio = 'Bio modifiée' where id = $1`, [me.id]); // touches updated_at
  const dossier = await createDossier(me.id, { proId: pro.id, status: 'in_review' });
  await createDocument(dossier, me.id);
  await createMessage(dossier, me.id, 'Question');
  await createMessage(dossier, pro.id, 'Réponse');
  const peerPost = await createPost(peer.id);
  await createPost(me.id);
  await createComment(peerPost, me.id);
  await createLike(peerPost, me.id);
  const event = await createEvent();
  expect(await attempt(me.actor, `select id from public.register_for_event($1)`, [event])).toMatchObject({ ok: true });
  report = await createReport(me.id, { postId: peerPost });
  const resolved = await attempt(user(admin.id, { aal: 'aal2' }), `select public.resolve_report($1, 'kept', $2)`, [
    report, 'Signalement abusif : la rapporteuse harcèle cette autrice.',
  ]);
  expect(resolved).toMatchObject({ ok: true });
  // A request for me (then done: two timeline events), the pro's own note on my dossier, and a
  // task of someone else's dossier that I must not get.
  const staff = user(pro.id, { aal: 'aal2' });
  const task = async (actor: typeof staff, dossierId: string, title: string, assignee?: string) =>
    (await attempt<{ id: string }>(actor, `select (public.create_task($1, $2, null, null, null, $3)).id as id`, [dossierId, title, assignee ?? null]));
  const created = await task(staff, dossier, 'Certificat de police', me.id);
  const own = await task(staff, dossier, 'Relire le dossier', pro.id);
  const peerDossier = await createDossier(peer.id, { proId: pro.id, status: 'in_review' });
  const theirs = await task(staff, peerDossier, 'Tâche du pair', peer.id);
  if (!created.ok || !own.ok || !theirs.ok) throw new Error(`create_task refused: ${JSON.stringify([created, own, theirs])}`);
  tasks = { mine: created.rows[0]!.id, othersDossier: theirs.rows[0]!.id, proOwn: own.rows[0]!.id };
  expect(await attempt(me.actor, `select public.complete_task($1)`, [tasks.mine])).toMatchObject({ ok: true });
  await attempt(me.actor, `select public.set_email_preference('community', false)`);
  data = await exportOf(me);
});

describe('export_my_data()', () => {
  it('does not tell the reporter who resolved the report, when, or what the admin noted', () => {
    expect(data.reports).toHaveLength(1);
    expect(data.reports[0]).toMatchObject({ id: report, status: 'kept' });
    for (const hidden of ['resolved_by', 'resolved_at', 'resolution_note']) expect(data.reports[0]).not.toHaveProperty(hidden);
    expect(JSON.stringify(data)).not.toContain('harcèle');
  });

  it('holds of a report exactly what the reporter reads through the API', async () => {
    const columns = await readableColumns('public.reports');
    const read = await attempt<{ row: Row }>(
      me.actor,
      `select to_jsonb(r) as row from (select ${columns.join(', ')} from public.reports where id = $1) r`,
      [report],
    );
    expect(read).toMatchObject({ ok: true, rowCount: 1 });
    expect(read.ok && read.rows[0].row).toEqual(data.reports[0]);
  });

  it('holds the tasks of my dossiers with their timeline, and no task of another dossier', () => {
    const exported = data.tasks as (Row & { events: Row[] })[];
    expect(exported.map((t) => t.id).sort()).toEqual([tasks.mine, tasks.proOwn].sort());
    const mine = exported.find((t) => t.id === tasks.mine)!;
    expect(mine).toMatchObject({ title: 'Certificat de police', assignee_id: me.id, status: 'done' });
    expect(mine.events.map((e) => e.event)).toEqual(['created', 'done']);
    expect(JSON.stringify(data)).not.toContain('Tâche du pair');
  });

  it('holds the email choices the member made', () => {
    expect(data.email_preferences).toEqual([expect.objectContaining({ user_id: me.id, kind: 'community', enabled: false })]);
  });

  it.each([
    ['profile', 'public.profiles'],
    ['settings', 'public.accounts'],
    ['dossiers', 'public.dossiers'],
    ['history', 'public.dossier_status_history'],
    ['documents', 'public.documents'],
    ['messages', 'public.messages'],
    ['messages_sent', 'public.messages'],
    ['posts', 'public.posts'],
    ['comments', 'public.comments'],
    ['likes', 'public.post_likes'],
    ['reports', 'public.reports'],
    ['event_registrations', 'public.event_registrations'],
    ['notifications', 'public.notifications'],
    ['tasks', 'public.tasks'],
    ['events', 'public.task_events'],
    ['email_preferences', 'public.email_preferences'],
  ] as const)('holds in %s exactly the columns members may read from %s', async (section, table) => {
    const dossierParts = ['history', 'documents', 'messages'] as const;
    const rows: Row[] = (dossierParts as readonly string[]).includes(section)
      ? data.dossiers.flatMap((d) => d[section as (typeof dossierParts)[number]])
      : section === 'events'
      ? (data.tasks as (Row & { events: Row[] })[]).flatMap((t) => t.events)
      : ([] as Row[]).concat(data[section] as Row | Row[]);
    expect(rows.length).toBeGreaterThan(0);
    // A post's search vector is derived from its text; the export leaves it out.
    const expected = (await readableColumns(table)).filter((c) => !(table === 'public.posts' && c === 'search_vector'));
    const nested = section === 'dossiers' ? dossierParts : section === 'tasks' ? ['events'] : [];
    for (const row of rows) expect(Object.keys(row).filter((k) => !(nested as readonly string[]).includes(k)).sort()).toEqual(expected);
  });
});
