import { eventStatusLabels, registrationStatusLabels } from '@contract/labels';
import { Badge } from '@/components/ui/badge';
import type { MyRegistration } from './queries';
import type { EventPhase, Seats } from './seats';
import { seatsLabel } from './seats';

/** The viewer's standing for an event, in words. */
export function RegistrationBadge({ registration }: { registration: MyRegistration | null | undefined }) {
  if (!registration) return null;
  const tone = registration.status === 'registered' ? 'success' : 'warning';
  return <span data-test="registration-badge"><Badge tone={tone}>{registrationStatusLabels[registration.status]}</Badge></span>;
}

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  if (phase === 'cancelled') return <Badge tone="danger">{eventStatusLabels.cancelled}</Badge>;
  if (phase === 'in_progress') return <Badge tone="info">En cours</Badge>;
  if (phase === 'ended') return <Badge>Terminé</Badge>;
  return null;
}

export function SeatsBadge({ seats }: { seats: Seats }) {
  return <Badge tone={seats.kind === 'full' ? 'warning' : 'neutral'}>{seatsLabel(seats)}</Badge>;
}
