'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { liveKeys } from './keys';
import { registerForEvent, unregisterFromEvent } from './mutations';
import { eventOptions, eventsOptions, joinLinkOptions, myRegistrationOptions, myRegistrationsOptions, waitlistOptions } from './options';
import type { EventPeriod, MyRegistration } from './queries';

export const useEvents = (period: EventPeriod) => useQuery(eventsOptions(period, loadSupabase));
export const useEvent = (eventId: string) => useQuery(eventOptions(eventId, loadSupabase));
export const useMyRegistrations = (userId: string) => useQuery(myRegistrationsOptions(userId, loadSupabase));
export const useMyRegistration = (eventId: string, userId: string) => useQuery(myRegistrationOptions(eventId, userId, loadSupabase));

/** Asked only while the viewer is on the waitlist. */
export const useWaitlistPosition = (eventId: string, waitlisted: boolean) =>
  useQuery({ ...waitlistOptions(eventId, loadSupabase), enabled: waitlisted });

/** Asked only once the viewer holds a seat (the database would return nothing otherwise). */
export const useJoinLink = (eventId: string, registered: boolean) =>
  useQuery({ ...joinLinkOptions(eventId, loadSupabase), enabled: registered });

/** What changes after a registration moves: the seats, the viewer's place, the link, the lists. */
function refreshAfterRegistration(queryClient: ReturnType<typeof useQueryClient>, eventId: string, userId: string) {
  // Exact keys: the viewer's registration for this event was just set from the answer.
  for (const queryKey of [liveKeys.event(eventId), liveKeys.waitlist(eventId), liveKeys.joinLink(eventId), liveKeys.registrations(userId)]) {
    void queryClient.invalidateQueries({ queryKey, exact: true });
  }
  void queryClient.invalidateQueries({ queryKey: liveKeys.lists() });
}

export function useRegister(eventId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => registerForEvent(await loadSupabase(), eventId),
    onSuccess: (registration) => {
      queryClient.setQueryData<MyRegistration | null>(liveKeys.registration(eventId, userId), registration);
      refreshAfterRegistration(queryClient, eventId, userId);
    },
  });
}

export function useUnregister(eventId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unregisterFromEvent(await loadSupabase(), eventId),
    onSuccess: () => {
      queryClient.setQueryData<MyRegistration | null>(liveKeys.registration(eventId, userId), null);
      queryClient.setQueryData(liveKeys.waitlist(eventId), 0);
      queryClient.setQueryData(liveKeys.joinLink(eventId), null);
      refreshAfterRegistration(queryClient, eventId, userId);
    },
  });
}
