-- Append-only record of admin and pro actions (role and status changes, assignments, reviews),
-- kept at least six years as consultants must keep their files. Written only by definer
-- functions; admins read it; nobody edits it, and rows younger than six years cannot be deleted.

create table public.audit_log (
  id bigint generated always as identity primary key,
  actor_id uuid, -- no foreign key: the trail must keep naming the actor after their account is gone
  action text not null constraint audit_log_action_format check (action ~ '^[a-z_]+\.[a-z_]+$'),
  target_table text not null,
  target_id text not null,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
comment on table public.audit_log is 'Append-only trail of admin and pro actions, retained six years.';

create index audit_log_created_at_idx on public.audit_log (created_at desc);
create index audit_log_actor_idx on public.audit_log (actor_id, created_at desc);
create index audit_log_target_idx on public.audit_log (target_table, target_id);

create function private.write_audit(action text, target_table text, target_id text, details jsonb default '{}')
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.audit_log (actor_id, action, target_table, target_id, details)
  values (auth.uid(), write_audit.action, write_audit.target_table, write_audit.target_id, write_audit.details)
$$;

create function private.guard_audit_log()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    if old.created_at <= now() - interval '6 years' then
      return old;
    end if;
  end if;
  raise exception 'Le journal d''audit est en ajout seul (conservation de six ans).' using errcode = '42501';
end;
$$;

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.guard_audit_log();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.guard_audit_log();

revoke all on function private.write_audit(text, text, text, jsonb), private.guard_audit_log() from public;

revoke all on public.audit_log from public, anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

alter table public.audit_log enable row level security;

-- Only admins read the trail.
create policy audit_log_select_admin on public.audit_log for select to authenticated
  using ((select private.is_admin()));
