// Every notification the database writes speaks its reader's language (accounts.locale: English for
// en-*, French otherwise) and names times in the reader's zone as the web app does (« heure de l’Europe
// centrale », "Pacific Time"), or by its offset for a zone the list lacks. For each kind, a French reader
// and an English reader get the same event, each in their own words. Expected wall times come from
// Intl (ICU); the zones compared have the same rules in ICU and in PostgreSQL's tzdata for 2026-2027
// (America/Vancouver does not: the embedded PostgreSQL keeps it on UTC−7 after November 2026).
import { describe, expect, it } from 'vitest';
import { createComment, createEvent, createLike, createPost, createRegistration } from '../support/community.ts';
import { attempt, ok, one, owner } from '../support/db.ts';
import { expectedLocalTime } from '../support/member-local-time.ts';
import { emailsOf, notificationsOf } from '../support/notifications.ts';
import { clearRateLimits, createDocument, createDossier, createMember, type Member } from '../support/world.ts';

type Reader = Member & { name: string };

async function readerIn(name: string, locale: 'fr-CA' | 'fr-FR' | 'en-CA', zone: string, role?: 'pro'): Promise<Reader> {
  const member = await createMember({ fullName: name, role });
  await owner('update public.accounts set locale = $2, time_zone = $3 where user_id = $1', [member.id, locale, zone]);
  return { ...member, name };
}

/** The single notification of `kind` the member holds: its title and body. */
async function only(member: Member, kind: string): Promise<{ title: string; body: string | null }> {
  const found = await notificationsOf(member.id, kind);
  expect(found, `${kind} for ${member.email}`).toHaveLength(1);
  return { title: found[0]!.title, body: found[0]!.body };
}

/** The wall time of `at` in `zone` as the SQL writes it, in French or English, then the zone's name. */
const startOf = async (event: string) =>
  (await one<{ starts_at: Date }>('select starts_at from public.events where id = $1', [event])).starts_at;

describe('case files speak each reader’s language', () => {
  it('a chat message tells the other party in their language', async () => {
    const [awa, julie] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Julie Pro', 'en-CA', 'America/Vancouver', 'pro'),
    ]);
    const dossier = await createDossier(awa.id, { proId: julie.id, status: 'submitted' });
    await owner('insert into public.messages (dossier_id, sender_id, body) values ($1, $2, $3)', [dossier, awa.id, 'Bonjour']);
    await owner('insert into public.messages (dossier_id, sender_id, body) values ($1, $2, $3)', [dossier, julie.id, 'Hello']);
    expect((await only(julie, 'message_received')).title).toBe('New message from Awa Ndiaye');
    expect((await only(awa, 'message_received')).title).toBe('Nouveau message de Julie Pro');
  });

  it('a status change tells the candidate and the pro, each in their language', async () => {
    const [awa, julie] = await Promise.all([
      readerIn('Awa Ndiaye', 'en-CA', 'Europe/Paris'),
      readerIn('Julie Pro', 'fr-CA', 'America/Toronto', 'pro'),
    ]);
    const dossier = await createDossier(awa.id, { proId: julie.id, status: 'in_review', title: 'Entrée express' });
    await owner(
      `insert into public.dossier_status_history (dossier_id, from_status, to_status, note)
       values ($1, 'in_review', 'action_required', 'Ajoutez le relevé.')`, [dossier],
    );
    expect(await only(awa, 'dossier_status_changed'))
      .toEqual({ title: 'Application “Entrée express”: action required', body: 'Ajoutez le relevé.' });
    expect(await only(julie, 'dossier_status_changed'))
      .toEqual({ title: 'Dossier « Entrée express » : action requise', body: 'Ajoutez le relevé.' });
  });

  it('a document review tells its candidate in their language', async () => {
    const [french, english] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-FR', 'Europe/Paris'),
      readerIn('Kenji Sato', 'en-CA', 'America/Vancouver'),
    ]);
    for (const [reader, status] of [[french, 'approved'], [english, 'rejected']] as const) {
      const dossier = await createDossier(reader.id, { status: 'submitted' });
      const document = await createDocument(dossier, reader.id, { fileName: 'passeport.pdf' });
      await owner(
        `update public.documents set status = $2::public.document_status,
           rejection_reason = case when $2 = 'rejected' then 'Illisible' end where id = $1`,
        [document.id, status],
      );
    }
    expect((await only(french, 'document_reviewed')).title).toBe('Document approuvé : passeport.pdf');
    expect(await only(english, 'document_reviewed')).toEqual({ title: 'Document refused: passeport.pdf', body: 'Illisible' });
  });
});

describe('tasks speak each reader’s language, their dates too', () => {
  async function taskFor(assignee: Reader, createdBy: Reader, title: string): Promise<string> {
    const dossier = await createDossier(assignee.id, { proId: createdBy.id, status: 'submitted', title: 'Études' });
    const { id } = await one<{ id: string }>(
      `insert into public.tasks (dossier_id, assignee_id, created_by, title, due_on)
       values ($1, $2, $3, $4, '2026-12-07') returning id`,
      [dossier, assignee.id, createdBy.id, title],
    );
    return id;
  }

  it('a new task, a reminder and an overdue notice', async () => {
    const [english, french] = await Promise.all([
      readerIn('Kenji Sato', 'en-CA', 'America/Vancouver'),
      readerIn('Julie Pro', 'fr-CA', 'America/Toronto', 'pro'),
    ]);
    const task = await taskFor(english, french, 'Traduire le diplôme');
    await owner('select private.notify_task_assigned(t, false) from public.tasks t where t.id = $1', [task]);
    await owner(`select private.send_task_reminder($1, '7d')`, [task]);
    await owner(`select private.send_task_reminder($1, 'overdue')`, [task]);
    expect((await only(english, 'task_assigned')).title).toBe('New task: Traduire le diplôme');
    expect(await only(english, 'task_reminder')).toEqual({
      title: 'Due by December 7, 2026: Traduire le diplôme', body: 'Due December 7, 2026 — application “Études”',
    });
    expect(await only(french, 'task_overdue')).toEqual({
      title: 'Tâche en retard : Traduire le diplôme', body: 'Échéance : 7\u00A0décembre 2026 — dossier « Études »',
    });

    const back = await taskFor(french, english, 'Signer le formulaire');
    await owner('select private.notify_task_assigned(t, true) from public.tasks t where t.id = $1', [back]);
    await owner(`select private.send_task_reminder($1, '1d')`, [back]);
    expect((await only(french, 'task_assigned')).title).toBe('Tâche à reprendre : Signer le formulaire');
    expect((await only(french, 'task_reminder')).title).toBe('À faire demain : Signer le formulaire');
  });

  it('a document about to expire', async () => {
    const [french, english] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Kenji Sato', 'en-CA', 'Asia/Tokyo'),
    ]);
    for (const reader of [french, english]) {
      const dossier = await createDossier(reader.id, { status: 'submitted', title: 'Études' });
      const document = await createDocument(dossier, reader.id, { kind: null, fileName: 'permis.pdf' });
      await owner(`update public.documents set expires_on = '2027-01-15' where id = $1`, [document.id]);
      await owner(`select private.send_expiry_reminder($1, $2, '30d')`, [document.id, reader.id]);
    }
    expect(await only(french, 'document_expiring'))
      .toEqual({ title: 'Document bientôt expiré : permis.pdf', body: 'Expire le 15\u00A0janvier 2027 — dossier « Études »' });
    expect(await only(english, 'document_expiring'))
      .toEqual({ title: 'Document expiring soon: permis.pdf', body: 'Expires January 15, 2027 — application “Études”' });
  });

  it('a document about to expire, named by its kind in the reader’s language (document_kinds.label_en)', async () => {
    const [french, english] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Kenji Sato', 'en-CA', 'Asia/Tokyo'),
    ]);
    for (const reader of [french, english]) {
      const dossier = await createDossier(reader.id, { status: 'submitted', title: 'Études' });
      const document = await createDocument(dossier, reader.id, { kind: 'photo', fileName: 'photo.jpg' });
      await owner(`update public.documents set expires_on = '2027-01-15' where id = $1`, [document.id]);
      await owner(`select private.send_expiry_reminder($1, $2, '30d')`, [document.id, reader.id]);
    }
    expect((await only(french, 'document_expiring')).title).toBe('Document bientôt expiré : Photo d’identité');
    expect((await only(english, 'document_expiring')).title).toBe('Document expiring soon: ID photo');
  });
});

describe('Live speaks each reader’s language and names their zone', () => {
  it('a seat and a waitlist place give the start in the reader’s zone, named as people say it', async () => {
    const [paris, losAngeles] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-FR', 'Europe/Paris'),
      readerIn('Kenji Sato', 'en-CA', 'America/Los_Angeles'),
    ]);
    const first = await createEvent({ capacity: 1, title: 'Entrée express' });
    const second = await createEvent({ capacity: 1, title: 'Permis d’études' });
    await ok(attempt(paris.actor, 'select id from public.register_for_event($1)', [first]));
    await ok(attempt(losAngeles.actor, 'select id from public.register_for_event($1)', [second]));
    await Promise.all([paris, losAngeles].map((m) => clearRateLimits(m.id)));
    await ok(attempt(losAngeles.actor, 'select id from public.register_for_event($1)', [first]));
    await ok(attempt(paris.actor, 'select id from public.register_for_event($1)', [second]));

    const [firstStart, secondStart] = [await startOf(first), await startOf(second)];
    expect(await only(paris, 'event_registered'))
      .toEqual({ title: 'Inscription confirmée : « Entrée express »', body: expectedLocalTime(firstStart, 'Europe/Paris', 'fr') });
    expect(await only(paris, 'event_waitlisted'))
      .toEqual({ title: "Liste d'attente : « Permis d’études »", body: expectedLocalTime(secondStart, 'Europe/Paris', 'fr') });
    expect(await only(losAngeles, 'event_registered'))
      .toEqual({ title: 'Registration confirmed: “Permis d’études”', body: expectedLocalTime(secondStart, 'America/Los_Angeles', 'en') });
    expect(await only(losAngeles, 'event_waitlisted'))
      .toEqual({ title: 'Waiting list: “Entrée express”', body: expectedLocalTime(firstStart, 'America/Los_Angeles', 'en') });
    expect((await only(paris, 'event_registered')).body).toMatch(/ \(heure de l’Europe centrale\)$/);
    expect((await only(losAngeles, 'event_registered')).body).toMatch(/ (AM|PM) \(Pacific Time\)$/);
  });

  it('a zone without a usual name is named by its offset at the event’s start', async () => {
    const [kathmandu, buenosAires] = await Promise.all([
      readerIn('Kenji Sato', 'en-CA', 'Asia/Kathmandu'),
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Argentina/Buenos_Aires'),
    ]);
    const event = await createEvent({ capacity: null, title: 'Parrainage' });
    for (const m of [kathmandu, buenosAires]) await ok(attempt(m.actor, 'select id from public.register_for_event($1)', [event]));
    expect((await only(kathmandu, 'event_registered')).body).toMatch(/ (AM|PM) \(UTC\+5:45\)$/);
    expect((await only(buenosAires, 'event_registered')).body).toMatch(/^[a-z]+ \d+(er)?\u00A0[a-zéû]+ \d{4} à \d+\u00A0h(\u00A0\d\d)? \(UTC−3\)$/);
  });

  it('a promotion from the waitlist and a cancellation', async () => {
    const [french, english, admin] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Kenji Sato', 'en-CA', 'America/Vancouver'),
      createMember({ role: 'admin' }),
    ]);
    const event = await createEvent({ capacity: null, title: 'Parrainage' });
    for (const m of [french, english]) await createRegistration(event, m.id, 'waitlisted');
    await owner('select private.fill_event_seats($1)', [event]);
    expect(await only(french, 'event_promoted'))
      .toEqual({ title: "Une place s'est libérée : « Parrainage »", body: 'Vous êtes maintenant inscrit.' });
    expect(await only(english, 'event_promoted'))
      .toEqual({ title: 'A seat opened up: “Parrainage”', body: 'You are now registered.' });

    await ok(attempt(admin.actor, 'select id from public.cancel_event($1, $2)', [event, 'Intervenante malade']));
    expect((await only(french, 'event_cancelled')).title).toBe('Live annulé : « Parrainage »');
    expect((await only(english, 'event_cancelled')).title).toBe('Live session cancelled: “Parrainage”');
  });
});

describe('Inside speaks each reader’s language', () => {
  it('a reply and likes tell the author in their language', async () => {
    const [french, english, liker] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Kenji Sato', 'en-CA', 'America/Vancouver'),
      readerIn('Lucas Martin', 'fr-CA', 'America/Toronto'),
    ]);
    const frenchPost = await createPost(french.id);
    const englishPost = await createPost(english.id);
    await createComment(frenchPost, english.id, { body: 'Merci !' });
    await createComment(englishPost, french.id, { body: 'Bienvenue.' });
    expect((await only(french, 'post_reply')).title).toBe('Kenji Sato a répondu à votre publication');
    expect((await only(english, 'post_reply')).title).toBe('Awa Ndiaye replied to your post');

    await createLike(englishPost, liker.id);
    expect((await only(english, 'post_liked')).title).toBe('Lucas Martin liked your post');
    await createLike(englishPost, french.id);
    expect((await only(english, 'post_liked')).title).toBe('Awa Ndiaye and 1 other person liked your post');
    await createLike(frenchPost, liker.id);
    expect((await only(french, 'post_liked')).title).toBe('Lucas Martin a aimé votre publication');
  });
});

describe('account notices speak each reader’s language', () => {
  it('a suspension tells the member in their language, in the app and in the email’s payload', async () => {
    const [french, english, admin] = await Promise.all([
      readerIn('Awa Ndiaye', 'fr-CA', 'America/Toronto'),
      readerIn('Kenji Sato', 'en-CA', 'Europe/Paris'),
      createMember({ role: 'admin' }),
    ]);
    for (const m of [french, english]) {
      await ok(attempt(admin.actor, `select status from public.set_account_status($1, 'suspended')`, [m.id]));
    }
    expect((await only(french, 'account_suspended')).title).toBe('Votre compte CAPITUNE est suspendu');
    expect(await only(english, 'account_suspended')).toEqual({
      title: 'Your CAPITUNE account is suspended',
      body: 'An administrator suspended your account. To learn why or to contest it, reply to this email.',
    });
    const [email] = await emailsOf(english.id, 'account_suspended');
    expect(email!.payload).toMatchObject({
      title: 'Your CAPITUNE account is suspended', locale: 'en-CA', time_zone: 'Europe/Paris',
    });
  });
});
