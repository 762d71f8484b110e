-- Authors hear about likes on their posts (the next migration). A new enum value must be committed
-- before a function or constraint can use it, hence this migration of its own.
alter type public.notification_kind add value 'post_liked';
