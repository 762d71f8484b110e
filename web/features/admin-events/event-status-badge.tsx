import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { useAdminText } from '@/features/admin-common';
import type { EventStatus } from './event-values';

/** Status in words; a scheduled event whose end has passed says so. */
export function EventStatusBadge({ status, endsAt }: { status: EventStatus; endsAt: string }) {
  // Read once, when the badge appears: a re-render does not change what it says.
  const [now] = useState(Date.now);
  const { admin, labels } = useAdminText();
  if (status === 'cancelled') return <Badge tone="danger">{labels.eventStatus.cancelled}</Badge>;
  if (status === 'completed' || new Date(endsAt).getTime() < now) return <Badge tone="neutral">{status === 'completed' ? labels.eventStatus.completed : admin.events.past}</Badge>;
  return <Badge tone="scheduled">{labels.eventStatus.scheduled}</Badge>;
}
