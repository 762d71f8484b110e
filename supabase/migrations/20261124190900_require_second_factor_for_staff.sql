-- Pros and admins act on case files only with a second factor (JWT aal2) while
-- private.settings.require_staff_mfa is on (the default; the demo seed turns it off).
-- Restrictive policies add that condition on top of every permissive policy; candidates
-- pass through (private.mfa_satisfied() is true for them).

create policy dossiers_select_mfa on public.dossiers as restrictive for select to authenticated
  using ((select private.mfa_satisfied()));
create policy dossiers_insert_mfa on public.dossiers as restrictive for insert to authenticated
  with check ((select private.mfa_satisfied()));
create policy dossiers_update_mfa on public.dossiers as restrictive for update to authenticated
  using ((select private.mfa_satisfied()));
create policy dossiers_delete_mfa on public.dossiers as restrictive for delete to authenticated
  using ((select private.mfa_satisfied()));

create policy dossier_status_history_select_mfa on public.dossier_status_history as restrictive for select to authenticated
  using ((select private.mfa_satisfied()));

create policy documents_select_mfa on public.documents as restrictive for select to authenticated
  using ((select private.mfa_satisfied()));
create policy documents_insert_mfa on public.documents as restrictive for insert to authenticated
  with check ((select private.mfa_satisfied()));
create policy documents_update_mfa on public.documents as restrictive for update to authenticated
  using ((select private.mfa_satisfied()));
create policy documents_delete_mfa on public.documents as restrictive for delete to authenticated
  using ((select private.mfa_satisfied()));

create policy messages_select_mfa on public.messages as restrictive for select to authenticated
  using ((select private.mfa_satisfied()));
create policy messages_insert_mfa on public.messages as restrictive for insert to authenticated
  with check ((select private.mfa_satisfied()));
create policy messages_update_mfa on public.messages as restrictive for update to authenticated
  using ((select private.mfa_satisfied()));

create policy audit_log_select_mfa on public.audit_log as restrictive for select to authenticated
  using ((select private.mfa_satisfied()));

create policy documents_objects_select_mfa on storage.objects as restrictive for select to authenticated
  using (bucket_id <> 'documents' or (select private.mfa_satisfied()));
create policy documents_objects_insert_mfa on storage.objects as restrictive for insert to authenticated
  with check (bucket_id <> 'documents' or (select private.mfa_satisfied()));
create policy documents_objects_delete_mfa on storage.objects as restrictive for delete to authenticated
  using (bucket_id <> 'documents' or (select private.mfa_satisfied()));

create policy dossier_channel_select_mfa on realtime.messages as restrictive for select to authenticated
  using (coalesce((select realtime.topic()), '') not like 'dossier:%' or (select private.mfa_satisfied()));
