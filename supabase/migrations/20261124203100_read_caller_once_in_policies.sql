-- The hottest policies asked two things per request, the caller's id and whether their account
-- is active (or acts as a pro), each an init plan of its own. One helper now answers both: it
-- returns the caller's id only when the condition holds, so `user_id = (select ...)` stays an
-- index condition and a suspended caller matches nothing. Same rules (npm run bench).

-- auth.uid() when the account is active with the current terms accepted (is_active()), else null.
create function private.active_user_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select a.user_id
    from public.accounts a
    cross join private.settings s
    where a.user_id = auth.uid() and a.status = 'active' and a.terms_version = s.terms_version
  );
end;
$$;

-- auth.uid() when the caller acts as a pro (is_pro(): active, second factor when required), else null.
create function private.active_pro_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select p.id
    from public.profiles p
    join public.accounts a on a.user_id = p.id
    cross join private.settings s
    where p.id = auth.uid() and p.role = 'pro' and a.status = 'active' and a.terms_version = s.terms_version
      and (not s.require_staff_mfa or coalesce(auth.jwt() ->> 'aal', '') = 'aal2')
  );
end;
$$;

revoke all on function private.active_user_id(), private.active_pro_id() from public;
grant execute on function private.active_user_id(), private.active_pro_id() to authenticated;

-- Candidates see their own dossiers, pros the ones assigned to them, admins every dossier (row
-- columns: see 20261124190300).
alter policy dossiers_select_members_or_admin on public.dossiers
  using (
    candidate_id = (select private.active_user_id()) or pro_id = (select private.active_pro_id())
    or (select private.is_admin())
  );

-- Each user reads, marks and clears only their own notifications.
alter policy notifications_select_own on public.notifications
  using (user_id = (select private.active_user_id()));
alter policy notifications_update_own on public.notifications
  using (user_id = (select private.active_user_id()));
alter policy notifications_delete_own on public.notifications
  using (user_id = (select private.active_user_id()));

-- Members see their own registrations; admins see attendee lists.
alter policy event_registrations_select_own_or_admin on public.event_registrations
  using (user_id = (select private.active_user_id()) or (select private.is_admin()));
