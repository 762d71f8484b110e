-- Live webinars. Admins create, edit and cancel events; members register and unregister
-- through RPCs that lock the event row, so capacity is never exceeded however many register at
-- once; a full event takes a waitlist in arrival order and promotes the first in line when a
-- seat frees. The join link lives apart and is readable only by registered members and admins.
-- Registering and unregistering share the per-user write limit (each one notifies someone).

-- Types

create type public.event_status as enum ('scheduled', 'cancelled', 'completed');
create type public.registration_status as enum ('registered', 'waitlisted');

-- Tables

create table public.events (
  id uuid primary key default gen_random_uuid(),
  title text not null constraint events_title_length check (char_length(btrim(title, E' \t\n\r')) between 1 and 150),
  description text not null default '' constraint events_description_length check (char_length(description) <= 5000),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity integer constraint events_capacity_positive check (capacity is null or capacity > 0),
  replay_url text constraint events_replay_url_https check (replay_url is null or replay_url ~ '^https://'),
  status public.event_status not null default 'scheduled',
  -- Copied into every registrant's notification and email.
  cancellation_reason text constraint events_cancellation_reason_length check (char_length(cancellation_reason) <= 500),
  registered_count integer not null default 0,
  waitlist_count integer not null default 0,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint events_ends_after_start check (ends_at > starts_at),
  -- A live session, not a festival: the upcoming list asks `starts_at > now() - interval '1 day'`
  -- beside `ends_at > now()`, so it reads no past event (docs/performance.md).
  constraint events_last_at_most_a_day check (ends_at <= starts_at + interval '1 day'),
  constraint events_capacity_covers_registered check (capacity is null or registered_count <= capacity)
);
comment on table public.events is 'Live webinars; seat counts kept by the registration functions.';
comment on constraint events_title_length on public.events is
  E'Le titre du Live doit compter de 1 à 150 caractères.\n'
  'A Live session’s title must be 1 to 150 characters long.';
comment on constraint events_description_length on public.events is
  E'La description ne peut dépasser 5 000 caractères.\n'
  'A description cannot be longer than 5,000 characters.';
comment on constraint events_ends_after_start on public.events is
  E'La fin du Live doit suivre son début.\n'
  'A Live session must end after it starts.';
comment on constraint events_last_at_most_a_day on public.events is
  E'Un Live dure au plus 24 heures.\n'
  'A Live session lasts 24 hours at most.';
comment on constraint events_capacity_covers_registered on public.events is
  E'La capacité ne peut être inférieure au nombre d’inscrits.\n'
  'The capacity cannot be lower than the number of people registered.';
comment on constraint events_capacity_positive on public.events is
  E'La capacité doit être positive, ou vide pour illimitée.\n'
  'The capacity must be positive, or empty for no limit.';
comment on constraint events_replay_url_https on public.events is
  E'Le lien de rediffusion doit commencer par https://.\n'
  'The replay link must start with https://.';
comment on constraint events_cancellation_reason_length on public.events is
  E'Le motif de l’annulation ne peut dépasser 500 caractères.\n'
  'The reason for the cancellation cannot be longer than 500 characters.';
comment on constraint events_created_by_fkey on public.events is
  E'Auteur introuvable.\n'
  'Author not found.';

create table public.event_join_links (
  event_id uuid primary key references public.events (id) on delete cascade,
  join_url text not null constraint event_join_links_https check (join_url ~ '^https://')
);
comment on table public.event_join_links is 'Join link of an event, for registered members and admins only.';
comment on constraint event_join_links_https on public.event_join_links is
  E'Le lien de connexion doit commencer par https://.\n'
  'The link to join must start with https://.';
comment on constraint event_join_links_event_id_fkey on public.event_join_links is
  E'Live introuvable.\n'
  'Live session not found.';

create table public.event_registrations (
  id bigint generated always as identity primary key,
  event_id uuid not null references public.events (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  status public.registration_status not null,
  promoted_at timestamptz,
  created_at timestamptz not null default now(),
  constraint event_registrations_once unique (event_id, user_id)
);
comment on table public.event_registrations is 'Seats and waitlist places; the identity id gives arrival order.';
comment on constraint event_registrations_once on public.event_registrations is
  E'Vous êtes déjà inscrit à ce Live.\n'
  'You are already registered for this Live session.';
comment on constraint event_registrations_event_id_fkey on public.event_registrations is
  E'Live introuvable.\n'
  'Live session not found.';
comment on constraint event_registrations_user_id_fkey on public.event_registrations is
  E'Membre introuvable.\n'
  'Member not found.';

create table public.event_reminders_sent (
  event_id uuid not null references public.events (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  lead text not null constraint event_reminders_sent_lead check (lead in ('24h', '1h')),
  created_at timestamptz not null default now(),
  primary key (event_id, user_id, lead)
);
comment on table public.event_reminders_sent is 'Reminders already enqueued, so each goes out once.';
comment on constraint event_reminders_sent_lead on public.event_reminders_sent is
  E'Rappel inconnu : 24 h ou 1 h avant le Live.\n'
  'Unknown reminder: 24 hours or 1 hour before the Live session.';
comment on constraint event_reminders_sent_event_id_fkey on public.event_reminders_sent is
  E'Live introuvable.\n'
  'Live session not found.';
comment on constraint event_reminders_sent_user_id_fkey on public.event_reminders_sent is
  E'Membre introuvable.\n'
  'Member not found.';

-- Indexes

create index events_upcoming_idx on public.events (starts_at) where status = 'scheduled';
create index events_starts_at_idx on public.events (starts_at desc);
create index event_registrations_user_idx on public.event_registrations (user_id, event_id);
create index event_registrations_waitlist_idx on public.event_registrations (event_id, id) where status = 'waitlisted';
create index event_registrations_event_idx on public.event_registrations (event_id, status, id);
-- Deleting a profile sets created_by to null and drops its reminders: indexed so it scans neither table.
create index events_created_by_idx on public.events (created_by) where created_by is not null;
create index event_reminders_sent_user_idx on public.event_reminders_sent (user_id);

-- Functions

create function private.audit_event_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.write_audit(
    case tg_op when 'INSERT' then 'event.created' else 'event.updated' end, 'events', new.id::text,
    jsonb_build_object('title', new.title, 'starts_at', new.starts_at, 'capacity', new.capacity, 'status', new.status)
  );
  return null;
end;
$$;

create function private.event_link(event_id uuid)
returns text
language sql
immutable
set search_path = ''
as $$
  select '/live/' || event_id::text
$$;

-- Moves waitlisted members into free seats, first come first served. Caller holds the event lock.
-- A cancelled, completed or already finished event promotes nobody (whoever frees the seat).
create function private.fill_event_seats(event_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  e public.events;
  promoted public.event_registrations;
begin
  select * into e from public.events where id = fill_event_seats.event_id;
  if not found or e.status <> 'scheduled' or e.ends_at <= now() then
    return;
  end if;
  for promoted in
    update public.event_registrations r
       set status = 'registered', promoted_at = now()
     where r.id in (
       select w.id from public.event_registrations w
       where w.event_id = e.id and w.status = 'waitlisted'
       order by w.id
       limit case when e.capacity is null then null else greatest(e.capacity - e.registered_count, 0) end
     )
    returning r.*
  loop
    update public.events set registered_count = registered_count + 1, waitlist_count = waitlist_count - 1
     where id = e.id;
    perform private.notify(
      promoted.user_id, 'event_promoted',
      private.member_text(promoted.user_id, 'Une place s''est libérée : « ' || e.title || ' »', 'A seat opened up: “' || e.title || '”'),
      private.member_text(promoted.user_id, 'Vous êtes maintenant inscrit.', 'You are now registered.'), private.event_link(e.id),
      jsonb_build_object('event_id', e.id, 'event_title', e.title, 'starts_at', e.starts_at)
    );
  end loop;
end;
$$;

create function private.refill_after_capacity_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.fill_event_seats(new.id);
  return null;
end;
$$;

create function private.register_for_event(event_id uuid)
returns public.event_registrations
language plpgsql
security definer
set search_path = ''
as $$
declare
  e public.events;
  r public.event_registrations;
  seat_free boolean;
begin
  perform private.assert_active();
  select * into e from public.events where id = register_for_event.event_id for update;
  if not found then
    raise exception '%', private.caller_text('Live introuvable.', 'Live session not found.') using errcode = 'P0002';
  end if;
  if e.status <> 'scheduled' or e.ends_at <= now() then
    raise exception '%', private.caller_text(
      'Les inscriptions à ce Live sont fermées.',
      'Registration for this Live session is closed.') using errcode = '55000';
  end if;
  select * into r from public.event_registrations x where x.event_id = e.id and x.user_id = auth.uid();
  if found then
    return r;
  end if;
  perform private.enforce_write_rate('event_registrations');
  seat_free := e.capacity is null or e.registered_count < e.capacity;
  insert into public.event_registrations (event_id, user_id, status)
  values (e.id, auth.uid(), case when seat_free then 'registered' else 'waitlisted' end::public.registration_status)
  returning * into r;
  update public.events
     set registered_count = registered_count + case when seat_free then 1 else 0 end,
         waitlist_count = waitlist_count + case when seat_free then 0 else 1 end
   where id = e.id;
  perform private.notify(
    auth.uid(), case when seat_free then 'event_registered' else 'event_waitlisted' end::public.notification_kind,
    private.member_text(auth.uid(),
      case when seat_free then 'Inscription confirmée : « ' else 'Liste d''attente : « ' end || e.title || ' »',
      case when seat_free then 'Registration confirmed: “' else 'Waiting list: “' end || e.title || '”'),
    private.member_local_time(e.starts_at, auth.uid()),
    private.event_link(e.id),
    jsonb_build_object('event_id', e.id, 'event_title', e.title, 'starts_at', e.starts_at)
  );
  return r;
end;
$$;

create function public.register_for_event(event_id uuid)
returns public.event_registrations
language sql
set search_path = ''
as $$ select * from private.register_for_event($1) $$;
comment on function public.register_for_event(uuid) is 'Takes a seat, or a waitlist place when the event is full.';

create function private.unregister_from_event(event_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  e public.events;
  freed public.registration_status;
begin
  perform private.assert_active();
  perform private.enforce_write_rate('event_registrations');
  select * into e from public.events where id = unregister_from_event.event_id for update;
  delete from public.event_registrations x
   where x.event_id = unregister_from_event.event_id and x.user_id = auth.uid()
  returning x.status into freed;
  if freed is null then
    raise exception '%', private.caller_text(
      'Vous n’êtes pas inscrit à ce Live.',
      'You are not registered for this Live session.') using errcode = 'P0002';
  end if;
  update public.events
     set registered_count = registered_count - case when freed = 'registered' then 1 else 0 end,
         waitlist_count = waitlist_count - case when freed = 'waitlisted' then 1 else 0 end
   where id = e.id;
  if freed = 'registered' and e.status = 'scheduled' then
    perform private.fill_event_seats(e.id);
  end if;
end;
$$;

create function public.unregister_from_event(event_id uuid)
returns void
language sql
set search_path = ''
as $$ select private.unregister_from_event($1) $$;
comment on function public.unregister_from_event(uuid) is 'Gives up a seat or waitlist place; the first waitlisted member takes a freed seat.';

create function private.event_waitlist_position(event_id uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::integer
  from public.event_registrations w
  join public.event_registrations mine
    on mine.event_id = w.event_id and mine.user_id = (select private.active_user_id()) and mine.status = 'waitlisted'
  where w.event_id = event_waitlist_position.event_id and w.status = 'waitlisted' and w.id <= mine.id
$$;

create function public.event_waitlist_position(event_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$ select private.event_waitlist_position($1) $$;
comment on function public.event_waitlist_position(uuid) is
  'The caller''s place in the waitlist (1 = next), 0 when not waitlisted or the account is inactive.';

create function private.cancel_event(event_id uuid, reason text)
returns public.events
language plpgsql
security definer
set search_path = ''
as $$
declare
  e public.events;
  attendee uuid;
begin
  perform private.assert_admin();
  if char_length(btrim(coalesce(reason, ''), E' \t\n\r')) = 0 then
    raise exception '%', private.caller_text(
      'Indiquez le motif de l’annulation.',
      'Give the reason for the cancellation.') using errcode = '22023';
  end if;
  if char_length(reason) > 500 then
    raise exception '%', private.caller_text(
      'Le motif de l’annulation ne peut dépasser 500 caractères.',
      'The reason for the cancellation cannot be longer than 500 characters.') using errcode = '22023';
  end if;
  -- An event that has ended is history: its registrants have nothing left to be told.
  if exists (select 1 from public.events x where x.id = cancel_event.event_id and x.ends_at <= now()) then
    raise exception '%', private.caller_text(
      'Un Live passé ne peut plus être annulé.',
      'A past Live session can no longer be cancelled.') using errcode = '22023';
  end if;
  update public.events x set status = 'cancelled', cancellation_reason = btrim(reason, E' \t\n\r')
   where x.id = cancel_event.event_id and x.status = 'scheduled' and x.ends_at > now()
  returning * into e;
  if not found then
    raise exception '%', private.caller_text(
      'Live introuvable ou déjà terminé.',
      'Live session not found, or already over.') using errcode = 'P0002';
  end if;
  for attendee in select r.user_id from public.event_registrations r where r.event_id = e.id loop
    perform private.notify(
      attendee, 'event_cancelled',
      private.member_text(attendee, 'Live annulé : « ' || e.title || ' »', 'Live session cancelled: “' || e.title || '”'),
      e.cancellation_reason,
      private.event_link(e.id), jsonb_build_object('event_id', e.id, 'event_title', e.title, 'reason', e.cancellation_reason)
    );
  end loop;
  return e;
end;
$$;

create function public.cancel_event(event_id uuid, reason text)
returns public.events
language sql
set search_path = ''
as $$ select * from private.cancel_event($1, $2) $$;
comment on function public.cancel_event(uuid, text) is 'Admins cancel an event; every registrant is told why.';

create function private.event_attendees(event_id uuid)
returns table (user_id uuid, full_name text, email text, status public.registration_status,
               waitlist_position integer, registered_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.assert_admin();
  return query
    select r.user_id, p.full_name, u.email::text, r.status,
           case when r.status = 'waitlisted'
                then (row_number() over (partition by r.status order by r.id))::integer end,
           r.created_at
    from public.event_registrations r
    join public.profiles p on p.id = r.user_id
    join auth.users u on u.id = r.user_id
    where r.event_id = event_attendees.event_id
    order by r.status, r.id;
end;
$$;

create function public.event_attendees(event_id uuid)
returns table (user_id uuid, full_name text, email text, status public.registration_status,
               waitlist_position integer, registered_at timestamptz)
language sql
stable
set search_path = ''
as $$ select * from private.event_attendees($1) $$;
comment on function public.event_attendees(uuid) is 'Admins list (and export) the attendees and waitlist of an event.';

-- Reminders 24 h and 1 h before; the sent-table makes a second run a no-op.
create function public.enqueue_event_reminders()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  due record;
  event_title text;
  event_starts_at timestamptz;
  sent integer := 0;
begin
  for due in
    with candidates as (
      select e.id as event_id, e.title, e.starts_at, r.user_id,
             case when e.starts_at <= now() + interval '1 hour' then '1h' else '24h' end as lead
      from public.events e
      join public.event_registrations r on r.event_id = e.id and r.status = 'registered'
      where e.status = 'scheduled' and e.starts_at > now() and e.starts_at <= now() + interval '24 hours'
    )
    insert into public.event_reminders_sent (event_id, user_id, lead)
    select c.event_id, c.user_id, c.lead from candidates c
    on conflict do nothing
    returning event_id, user_id, lead
  loop
    select e.title, e.starts_at into event_title, event_starts_at from public.events e where e.id = due.event_id;
    perform private.notify(
      due.user_id, 'event_reminder',
      private.member_text(due.user_id,
        case due.lead when '1h' then 'Dans une heure : « ' else 'Rappel : « ' end || event_title || ' »',
        case due.lead when '1h' then 'In one hour: “' else 'Reminder: “' end || event_title || '”'),
      private.member_local_time(event_starts_at, due.user_id),
      private.event_link(due.event_id),
      jsonb_build_object('event_id', due.event_id, 'event_title', event_title, 'starts_at', event_starts_at, 'lead', due.lead),
      'reminder:' || due.event_id::text || ':' || due.user_id::text || ':' || due.lead
    );
    sent := sent + 1;
  end loop;
  return sent;
end;
$$;
comment on function public.enqueue_event_reminders() is 'Enqueues due event reminders once each (for the scheduler, service_role only).';

-- Events whose end has passed become completed (a job runs it every minute), so that « programmé »
-- means still to come. Cancelled events stay cancelled; a second run finds nothing left to do.
create function public.complete_ended_events()
returns integer
language sql
security definer
set search_path = ''
as $$
  with done as (
    update public.events x set status = 'completed'
     where x.status = 'scheduled' and x.ends_at <= now()
    returning 1
  )
  select count(*)::integer from done
$$;
comment on function public.complete_ended_events() is 'Marks ended scheduled events completed (for the scheduler, service_role only).';

-- Triggers

create trigger events_touch_updated_at before update on public.events
  for each row execute function private.touch_updated_at();
create trigger events_audit after insert or update of title, description, starts_at, ends_at, capacity, replay_url, status
  on public.events for each row execute function private.audit_event_change();
create trigger events_refill_seats after update of capacity on public.events
  for each row when (new.capacity is distinct from old.capacity and new.status = 'scheduled')
  execute function private.refill_after_capacity_change();

-- Grants

revoke all on function private.audit_event_change(), private.event_link(uuid), private.fill_event_seats(uuid),
  private.refill_after_capacity_change() from public;
revoke all on function public.register_for_event(uuid), public.unregister_from_event(uuid),
  public.event_waitlist_position(uuid), public.cancel_event(uuid, text), public.event_attendees(uuid),
  public.enqueue_event_reminders() from public, anon;
grant execute on function public.register_for_event(uuid), public.unregister_from_event(uuid),
  public.event_waitlist_position(uuid), public.cancel_event(uuid, text), public.event_attendees(uuid) to authenticated;
revoke all on function private.register_for_event(uuid), private.unregister_from_event(uuid),
  private.event_waitlist_position(uuid), private.cancel_event(uuid, text), private.event_attendees(uuid) from public;
grant execute on function private.register_for_event(uuid), private.unregister_from_event(uuid),
  private.event_waitlist_position(uuid), private.cancel_event(uuid, text), private.event_attendees(uuid) to authenticated;
revoke all on function public.enqueue_event_reminders() from authenticated;
grant execute on function public.enqueue_event_reminders() to service_role;
revoke all on function public.complete_ended_events() from public, anon, authenticated;
grant execute on function public.complete_ended_events() to service_role;

revoke all on public.events, public.event_join_links, public.event_registrations, public.event_reminders_sent
  from public, anon, authenticated, service_role;
grant select on public.events to anon, authenticated;
grant insert (title, description, starts_at, ends_at, capacity, replay_url) on public.events to authenticated;
grant update (title, description, starts_at, ends_at, capacity, replay_url, status) on public.events to authenticated;
grant select, insert, update, delete on public.event_join_links to authenticated;
grant select on public.event_registrations to authenticated;
grant select, insert, update, delete on public.events, public.event_join_links, public.event_registrations to service_role;
grant select on public.event_reminders_sent to service_role;

-- Row-level security

alter table public.events enable row level security;
alter table public.event_join_links enable row level security;
alter table public.event_registrations enable row level security;
alter table public.event_reminders_sent enable row level security;

-- Visitors see scheduled and past events (public fields; the link is elsewhere).
create policy events_select_public on public.events for select to anon
  using (status <> 'cancelled');
-- Members see every event, cancelled ones included. Asked as "has an id while active", not as
-- is_active(): the planner counts a bare boolean parameter as keeping half the rows, and that halved
-- estimate turned the member's upcoming-events page into a bitmap scan and sort of every upcoming
-- event where the owner's plan stops after 50 rows of events_starts_at_idx (`is not null` keeps them all).
create policy events_select_members on public.events for select to authenticated
  using ((select private.active_user_id()) is not null);
-- Admins create events.
create policy events_insert_admin on public.events for insert to authenticated
  with check ((select private.is_admin()));
-- Admins edit; cancellation goes through cancel_event so registrants are told.
create policy events_update_admin on public.events for update to authenticated
  using ((select private.is_admin()) and status <> 'cancelled')
  with check (status <> 'cancelled');

create policy event_join_links_select_registered_or_admin on public.event_join_links for select to authenticated
  using (
    event_id in (
      select r.event_id from public.event_registrations r
      where r.user_id = (select private.active_user_id()) and r.status = 'registered'
    )
    or (select private.is_admin())
  );
comment on policy event_join_links_select_registered_or_admin on public.event_join_links is
  'The join link is for active members registered to the event (not waitlisted) and for admins.';
-- Admins set, change and remove join links.
create policy event_join_links_insert_admin on public.event_join_links for insert to authenticated
  with check ((select private.is_admin()));
create policy event_join_links_update_admin on public.event_join_links for update to authenticated
  using ((select private.is_admin()));
create policy event_join_links_delete_admin on public.event_join_links for delete to authenticated
  using ((select private.is_admin()));

create policy event_registrations_select_own_or_admin on public.event_registrations for select to authenticated
  using (user_id = (select private.active_user_id()) or (select private.is_admin()));
comment on policy event_registrations_select_own_or_admin on public.event_registrations is
  'Members see their own registrations; admins see attendee lists.';
