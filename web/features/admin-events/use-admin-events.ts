'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { analyticsKeys } from '@/features/admin-analytics';
import { loadSupabase } from '@/lib/supabase/lazy';
import { adminEventKeys } from './keys';
import { cancelEvent, createEvent, updateEvent } from './mutations';
import { fetchAdminEvent, fetchAdminEvents, fetchAttendees, type EventFilter } from './queries';
import type { EventFormValues } from './event-values';

export function useAdminEvents(filter: EventFilter, page: number) {
  return useQuery({
    queryKey: adminEventKeys.list(filter, page),
    queryFn: async () => fetchAdminEvents(await loadSupabase(), { filter, page }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminEvent(eventId: string) {
  return useQuery({
    queryKey: adminEventKeys.detail(eventId),
    queryFn: async () => fetchAdminEvent(await loadSupabase(), eventId),
  });
}

export function useAttendees(eventId: string) {
  return useQuery({
    queryKey: adminEventKeys.attendees(eventId),
    queryFn: async () => fetchAttendees(await loadSupabase(), eventId),
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: EventFormValues) => createEvent(await loadSupabase(), values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminEventKeys.lists() }),
  });
}

export function useUpdateEvent(eventId: string, previousJoinUrl: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: EventFormValues) => updateEvent(await loadSupabase(), eventId, values, previousJoinUrl),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: adminEventKeys.detail(eventId) }),
      queryClient.invalidateQueries({ queryKey: adminEventKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: analyticsKeys.all }),
    ]),
  });
}

export function useCancelEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) => cancelEvent(await loadSupabase(), eventId, reason),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: adminEventKeys.detail(eventId) }),
      queryClient.invalidateQueries({ queryKey: adminEventKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: analyticsKeys.all }),
    ]),
  });
}
