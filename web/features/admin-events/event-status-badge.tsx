import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { EVENT_STATUS_LABELS, type EventStatus } from './event-values';

/** Status in words; a scheduled event whose end has passed says so. */
export function EventStatusBadge({ status, endsAt }: { status: EventStatus; endsAt: string }) {
  // Read once, when the badge appears: a re-render does not change what it says.
  const [now] = useState(Date.now);
  if (status === 'cancelled') return <Badge tone="danger">{EVENT_STATUS_LABELS.cancelled}</Badge>;
  if (status === 'completed' || new Date(endsAt).getTime() < now) return <Badge tone="neutral">{status === 'completed' ? EVENT_STATUS_LABELS.completed : 'Passé'}</Badge>;
  return <Badge tone="info">{EVENT_STATUS_LABELS.scheduled}</Badge>;
}
