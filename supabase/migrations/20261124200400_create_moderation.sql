-- Moderation of Inside: an admin resolves every open report on a post or comment at once —
-- keep it (visible again) or remove it with a reason — and may mute its author for a while.
-- Each decision is written to the audit log.

create function private.resolve_report(report_id uuid, decision public.report_status, note text default null,
                                       mute_days integer default null)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  rep public.reports;
  author uuid;
  resolved integer;
begin
  perform private.assert_admin();
  if decision is null or decision = 'open' then
    raise exception 'Décision attendue : conserver ou retirer.' using errcode = '22023';
  end if;
  if decision = 'removed' and char_length(btrim(coalesce(note, ''), E' \t\n\r')) = 0 then
    raise exception 'Indiquez la raison du retrait.' using errcode = '22023';
  end if;
  -- The note goes into the audit log, kept six years.
  if char_length(note) > 1000 then
    raise exception 'La note de modération ne peut dépasser 1000 caractères.' using errcode = '22023';
  end if;
  if mute_days is not null and mute_days not between 1 and 365 then
    raise exception 'La mise en sourdine dure de 1 à 365 jours.' using errcode = '22023';
  end if;
  select * into rep from public.reports where id = resolve_report.report_id;
  if not found then
    raise exception 'Signalement introuvable.' using errcode = 'P0002';
  end if;

  update public.reports r
     set status = decision, resolved_by = auth.uid(), resolved_at = now(), resolution_note = nullif(btrim(note, E' \t\n\r'), '')
   where r.status = 'open'
     and (r.post_id = rep.post_id or r.comment_id = rep.comment_id);
  get diagnostics resolved = row_count;

  if rep.post_id is not null then
    update public.posts p
       set hidden = (decision = 'removed'),
           removal_reason = case when decision = 'removed' then btrim(note, E' \t\n\r') end
     where p.id = rep.post_id
    returning p.author_id into author;
  else
    update public.comments c
       set hidden = (decision = 'removed'),
           removal_reason = case when decision = 'removed' then btrim(note, E' \t\n\r') end
     where c.id = rep.comment_id
    returning c.author_id into author;
  end if;

  perform private.write_audit('report.resolved', 'reports', rep.id::text,
    jsonb_build_object('decision', decision, 'note', note, 'post_id', rep.post_id, 'comment_id', rep.comment_id,
                       'reports', resolved));
  if mute_days is not null and author is not null then
    perform public.mute_member(author, now() + make_interval(days => mute_days));
  end if;
  return resolved;
end;
$$;

create function public.resolve_report(report_id uuid, decision public.report_status, note text default null,
                                      mute_days integer default null)
returns integer
language sql
set search_path = ''
as $$ select private.resolve_report($1, $2, $3, $4) $$;
comment on function public.resolve_report(uuid, public.report_status, text, integer) is
  'Admins keep or remove (with a reason) reported content, optionally muting its author.';

create function private.mute_member(user_id uuid, muted_until timestamptz)
returns public.accounts
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.accounts;
begin
  perform private.assert_admin();
  if mute_member.user_id = auth.uid() then
    raise exception 'Un administrateur ne peut pas se mettre en sourdine.' using errcode = '42501';
  end if;
  update public.accounts x set muted_until = mute_member.muted_until
   where x.user_id = mute_member.user_id
  returning * into a;
  if not found then
    raise exception 'Utilisateur introuvable.' using errcode = 'P0002';
  end if;
  perform private.write_audit('user.muted', 'accounts', a.user_id::text, jsonb_build_object('until', a.muted_until));
  return a;
end;
$$;

create function public.mute_member(user_id uuid, muted_until timestamptz)
returns public.accounts
language sql
set search_path = ''
as $$ select * from private.mute_member($1, $2) $$;
comment on function public.mute_member(uuid, timestamptz) is 'Admins mute a member in Inside until a date (null lifts it).';

revoke all on function public.resolve_report(uuid, public.report_status, text, integer),
  public.mute_member(uuid, timestamptz) from public, anon;
grant execute on function public.resolve_report(uuid, public.report_status, text, integer),
  public.mute_member(uuid, timestamptz) to authenticated;
revoke all on function private.resolve_report(uuid, public.report_status, text, integer),
  private.mute_member(uuid, timestamptz) from public;
grant execute on function private.resolve_report(uuid, public.report_status, text, integer),
  private.mute_member(uuid, timestamptz) to authenticated;
