import { Badge } from '@/components/ui/badge';
import type { MyRegistration } from './queries';
import type { EventPhase, Seats } from './seats';
import { seatsLabel } from './seats';

/** The viewer's standing for an event, in words. */
export function RegistrationBadge({ registration }: { registration: MyRegistration | null | undefined }) {
  if (!registration) return null;
  return registration.status === 'registered'
    ? <span data-test="registration-badge"><Badge tone="success">Inscrit</Badge></span>
    : <span data-test="registration-badge"><Badge tone="warning">Liste d’attente</Badge></span>;
}

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  if (phase === 'cancelled') return <Badge tone="danger">Annulé</Badge>;
  if (phase === 'in_progress') return <Badge tone="info">En cours</Badge>;
  if (phase === 'ended') return <Badge>Terminé</Badge>;
  return null;
}

export function SeatsBadge({ seats }: { seats: Seats }) {
  return <Badge tone={seats.kind === 'full' ? 'warning' : 'neutral'}>{seatsLabel(seats)}</Badge>;
}
