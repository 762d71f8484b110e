import 'server-only';
import { cache } from 'react';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { fetchUnreadCount } from './queries';

/** The viewer's unread count, read once per request: the layout's bell and /notifications share it. */
export const readUnreadCount = cache(async (userId: string) => fetchUnreadCount(await createSupabaseServerClient(), userId));
