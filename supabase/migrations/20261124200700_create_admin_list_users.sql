-- The admin screen's user list: name, email (from auth.users, which no public table exposes),
-- role, status and last sign-in, searchable by name or email and paged, with the total count.
-- Active admins only (private.assert_admin()); read by the admin-users edge function as the admin.

create function private.admin_list_users(search text default null, page integer default 1, page_size integer default 20)
returns table (
  id uuid,
  full_name text,
  email text,
  role public.user_role,
  status public.account_status,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  total_count bigint
)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  -- The search is a substring, not a pattern: LIKE's own characters are escaped.
  pattern text := '%' || replace(replace(replace(coalesce(btrim(admin_list_users.search), ''),
                    '\', '\\'), '%', '\%'), '_', '\_') || '%';
begin
  perform private.assert_admin();
  -- The admin-users function's bounds (supabase/functions/admin-users/schema.ts), so that the offset
  -- stays an integer and the pattern a short one.
  if admin_list_users.page is null or admin_list_users.page not between 1 and 10000
     or admin_list_users.page_size is null or admin_list_users.page_size not between 1 and 100 then
    raise exception 'Pagination invalide : page de 1 à 10 000 et taille de 1 à 100.' using errcode = '22023';
  end if;
  if char_length(admin_list_users.search) > 100 then
    raise exception 'La recherche ne peut dépasser 100 caractères.' using errcode = '22023';
  end if;
  return query
    select p.id, p.full_name, u.email::text, p.role, a.status, p.created_at, u.last_sign_in_at,
           count(*) over () as total_count
    from public.profiles p
    join public.accounts a on a.user_id = p.id
    join auth.users u on u.id = p.id
    where pattern = '%%' or p.full_name ilike pattern escape '\' or u.email ilike pattern escape '\'
    order by p.created_at desc, p.id
    limit admin_list_users.page_size
    offset (admin_list_users.page - 1) * admin_list_users.page_size;
end;
$$;

create function public.admin_list_users(search text default null, page integer default 1, page_size integer default 20)
returns table (
  id uuid,
  full_name text,
  email text,
  role public.user_role,
  status public.account_status,
  created_at timestamptz,
  last_sign_in_at timestamptz,
  total_count bigint
)
language sql
stable
set search_path = ''
as $$ select * from private.admin_list_users($1, $2, $3) $$;
comment on function public.admin_list_users(text, integer, integer) is
  'Admins list users (search by name or email, paged) with email, role, status, last sign-in and the total count.';

revoke all on function public.admin_list_users(text, integer, integer) from public, anon;
grant execute on function public.admin_list_users(text, integer, integer) to authenticated;
revoke all on function private.admin_list_users(text, integer, integer) from public;
grant execute on function private.admin_list_users(text, integer, integer) to authenticated;
