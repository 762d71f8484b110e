-- A message has one read receipt, meant for its sender: "the other side has read it". An admin
-- looking through a chat (moderation, support) stamped it too, so the pro's unread count dropped
-- and the candidate saw « Lu » although nobody they write to had read it. Only the dossier's
-- candidate and its assigned pro stamp messages now; mark_dossier_messages_read (security
-- invoker) follows this policy and marks nothing for an admin.
alter policy messages_update_reader on public.messages
  using (
    sender_id <> (select auth.uid())
    and array_position((select private.my_dossier_id_array()), dossier_id) is not null
  )
  with check (sender_id <> (select auth.uid()));

comment on function public.mark_dossier_messages_read(uuid) is
  'Marks as read every message of a dossier that others sent to the caller, its candidate or assigned pro.';
