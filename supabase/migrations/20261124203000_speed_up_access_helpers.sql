-- Row-level security calls the access helpers in every policy of every request. As SQL functions
-- they were planned again at each call (PostgreSQL keeps no plan for a SQL function it cannot
-- inline), is_admin()/is_pro() chained three more such calls, and my_dossier_ids() ran is_pro()
-- once per dossier row. Same rules, as PL/pgSQL (plans cached per connection), each helper
-- reading the caller's profile, account and settings in a single query (npm run bench, docs/performance.md).

create index dossiers_pro_ids_idx on public.dossiers (pro_id, id) where pro_id is not null;

create or replace function private.my_role()
returns public.user_role
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select p.role from public.profiles p where p.id = auth.uid());
end;
$$;

-- Good standing, as every helper below reads it: an active account whose consent is to the terms
-- in force (private.settings.terms_version), not to superseded ones (docs/privacy.md).
create or replace function private.is_active()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce((
    select a.status = 'active' and a.terms_version = s.terms_version
    from public.accounts a
    cross join private.settings s
    where a.user_id = auth.uid()
  ), false);
end;
$$;

-- Candidates (and unknown callers) always pass; staff need aal2 while the setting is on.
-- An aal2 session passes without reading anything.
create or replace function private.mfa_satisfied()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if coalesce(auth.jwt() ->> 'aal', '') = 'aal2' then
    return true;
  end if;
  return not exists (
    select 1
    from public.profiles p
    cross join private.settings s
    where p.id = auth.uid() and p.role <> 'candidate' and s.require_staff_mfa
  );
end;
$$;

-- my_role() = 'admin' and is_active() and mfa_satisfied(), in one query.
create or replace function private.is_admin()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (
    select 1
    from public.profiles p
    join public.accounts a on a.user_id = p.id
    cross join private.settings s
    where p.id = auth.uid() and p.role = 'admin' and a.status = 'active' and a.terms_version = s.terms_version
      and (not s.require_staff_mfa or coalesce(auth.jwt() ->> 'aal', '') = 'aal2')
  );
end;
$$;

-- my_role() = 'pro' and is_active() and mfa_satisfied(), in one query.
create or replace function private.is_pro()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (
    select 1
    from public.profiles p
    join public.accounts a on a.user_id = p.id
    cross join private.settings s
    where p.id = auth.uid() and p.role = 'pro' and a.status = 'active' and a.terms_version = s.terms_version
      and (not s.require_staff_mfa or coalesce(auth.jwt() ->> 'aal', '') = 'aal2')
  );
end;
$$;

-- is_active() and not muted.
create or replace function private.can_post()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce((
    select a.status = 'active' and a.terms_version = s.terms_version and (a.muted_until is null or a.muted_until <= now())
    from public.accounts a
    cross join private.settings s
    where a.user_id = auth.uid()
  ), false);
end;
$$;

-- The caller's dossiers as candidate, plus as assigned pro when is_pro(), in one query: the
-- caller's standing is read once (the SQL version evaluated is_pro() for each dossier row), and
-- a pro's hundred dossier ids come from an index alone.
create or replace function private.my_dossier_ids()
returns setof uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return query
    with caller as (
      select p.id, p.role = 'pro' and (not s.require_staff_mfa or coalesce(auth.jwt() ->> 'aal', '') = 'aal2') as acts_as_pro
      from public.profiles p
      join public.accounts a on a.user_id = p.id
      cross join private.settings s
      where p.id = auth.uid() and a.status = 'active' and a.terms_version = s.terms_version
    )
    select d.id from caller c join public.dossiers d on d.candidate_id = c.id
    union all
    select d.id from caller c join public.dossiers d on d.pro_id = c.id where c.acts_as_pro;
end;
$$;
