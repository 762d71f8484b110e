import { queryOptions } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { liveKeys } from './keys';
import { fetchEvent, fetchEvents, fetchJoinLink, fetchMyRegistration, fetchMyRegistrations, fetchWaitlistPosition, type EventPeriod } from './queries';

/** Where a query gets its client: the server's for prefetching a page, the browser's afterwards. */
export type ClientSource = () => Promise<AppSupabaseClient>;

export const eventsOptions = (period: EventPeriod, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.list(period), queryFn: async () => fetchEvents(await client(), period) });

export const eventOptions = (eventId: string, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.event(eventId), queryFn: async () => fetchEvent(await client(), eventId) });

export const myRegistrationsOptions = (userId: string, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.registrations(userId), queryFn: async () => fetchMyRegistrations(await client(), userId) });

export const myRegistrationOptions = (eventId: string, userId: string, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.registration(eventId, userId), queryFn: async () => fetchMyRegistration(await client(), eventId, userId) });

export const waitlistOptions = (eventId: string, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.waitlist(eventId), queryFn: async () => fetchWaitlistPosition(await client(), eventId) });

export const joinLinkOptions = (eventId: string, client: ClientSource) =>
  queryOptions({ queryKey: liveKeys.joinLink(eventId), queryFn: async () => fetchJoinLink(await client(), eventId) });
