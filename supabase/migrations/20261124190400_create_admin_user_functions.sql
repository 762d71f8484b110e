-- Role and account status change only here: active admins (second factor when required),
-- never on themselves, always written to the audit log. Suspension takes effect at once
-- because every policy checks private.is_active().

create function private.set_user_role(user_id uuid, role public.user_role)
returns public.profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  p public.profiles;
  previous public.user_role;
begin
  perform private.assert_admin();
  if set_user_role.role is null then
    raise exception 'Indiquez le rôle : candidat, professionnel ou administrateur.' using errcode = '22023';
  end if;
  if set_user_role.user_id = auth.uid() then
    raise exception 'Un administrateur ne peut pas changer son propre rôle.' using errcode = '42501';
  end if;
  select pr.role into previous from public.profiles pr where pr.id = set_user_role.user_id for update;
  if not found then
    raise exception 'Utilisateur introuvable.' using errcode = 'P0002';
  end if;
  update public.profiles pr set role = set_user_role.role where pr.id = set_user_role.user_id returning * into p;
  perform private.write_audit('user.role_changed', 'profiles', p.id::text,
    jsonb_build_object('from', previous, 'to', p.role));
  return p;
end;
$$;

create function public.set_user_role(user_id uuid, role public.user_role)
returns public.profiles
language sql
set search_path = ''
as $$ select * from private.set_user_role($1, $2) $$;
comment on function public.set_user_role(uuid, public.user_role) is 'Admins change another user''s role.';

create function private.set_account_status(user_id uuid, status public.account_status)
returns public.accounts
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.accounts;
  previous public.account_status;
begin
  perform private.assert_admin();
  if set_account_status.status is null then
    raise exception 'Indiquez le statut du compte : actif ou suspendu.' using errcode = '22023';
  end if;
  if set_account_status.user_id = auth.uid() then
    raise exception 'Un administrateur ne peut pas suspendre son propre compte.' using errcode = '42501';
  end if;
  select ac.status into previous from public.accounts ac where ac.user_id = set_account_status.user_id for update;
  if not found then
    raise exception 'Utilisateur introuvable.' using errcode = 'P0002';
  end if;
  update public.accounts ac set status = set_account_status.status
   where ac.user_id = set_account_status.user_id returning * into a;
  perform private.write_audit('user.status_changed', 'accounts', a.user_id::text,
    jsonb_build_object('from', previous, 'to', a.status));
  return a;
end;
$$;

create function public.set_account_status(user_id uuid, status public.account_status)
returns public.accounts
language sql
set search_path = ''
as $$ select * from private.set_account_status($1, $2) $$;
comment on function public.set_account_status(uuid, public.account_status) is 'Admins suspend or reactivate another user.';

revoke all on function public.set_user_role(uuid, public.user_role),
  public.set_account_status(uuid, public.account_status) from public, anon;
grant execute on function public.set_user_role(uuid, public.user_role),
  public.set_account_status(uuid, public.account_status) to authenticated;
revoke all on function private.set_user_role(uuid, public.user_role),
  private.set_account_status(uuid, public.account_status) from public;
grant execute on function private.set_user_role(uuid, public.user_role),
  private.set_account_status(uuid, public.account_status) to authenticated;
