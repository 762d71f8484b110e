-- Reading a chat page under RLS cost about twice the same read without it (npm run bench,
-- docs/performance.md), for two reasons:
-- 1. The membership test `dossier_id in (select private.my_dossier_ids())` runs a set-returning
--    function into a tuplestore, then hashes it: about 120 µs per statement. An array built by one
--    query for a candidate does the same in about half that; a pro's standing is read only when
--    dossiers are assigned to the caller.
-- 2. The planner estimates a boolean or `= any (...)` policy condition at half the rows, so for
--    "latest 50 messages" it expected fewer than 50 rows to pass, and read and sorted the whole
--    dossier (bitmap scan + sort) instead of walking the (dossier_id, created_at desc, id desc)
--    index and stopping at 50. An `is not null` test is estimated at 99.5 % of rows, so the
--    policies below state the same conditions that way and the member gets the owner's plan.
-- Same rules: the access matrix in tests/database checks every actor.

-- The dossiers the caller may open as their candidate, or as their assigned pro while acting as a
-- pro (active_pro_id()); empty for anyone else. my_dossier_ids() below becomes the same set.
create function private.my_dossier_id_array()
returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  ids uuid[];
begin
  -- is_active() and the candidate's dossiers in one query: this is every chat read's cost.
  ids := array(
    select d.id
    from public.accounts a
    join private.settings s on s.terms_version = a.terms_version
    join public.dossiers d on d.candidate_id = a.user_id
    where a.user_id = me and a.status = 'active'
  );
  -- Most callers are candidates: the pro's standing is read only when dossiers are assigned to them.
  if exists (select 1 from public.dossiers d where d.pro_id = me) and private.active_pro_id() = me then
    ids := ids || array(select d.id from public.dossiers d where d.pro_id = me);
  end if;
  return ids;
end;
$$;

-- One definition of membership: documents, storage and the dossier channel keep their policies.
create or replace function private.my_dossier_ids()
returns setof uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return query select unnest(private.my_dossier_id_array());
end;
$$;

revoke all on function private.my_dossier_id_array() from public;
grant execute on function private.my_dossier_id_array() to authenticated;

alter policy messages_select_members_or_admin on public.messages
  using (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()));

alter policy messages_insert_members on public.messages
  with check (
    sender_id = (select auth.uid())
    and (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()))
  );

alter policy messages_update_reader on public.messages
  using (
    sender_id <> (select auth.uid())
    and (array_position((select private.my_dossier_id_array()), dossier_id) is not null or (select private.is_admin()))
  );

-- mfa_satisfied() is true or false, never null: `nullif(..., false) is not null` is the same test.
alter policy messages_select_mfa on public.messages
  using ((select nullif(private.mfa_satisfied(), false)) is not null);
