import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { MyRegistration } from './queries';
import type { EventPhase, Seats } from './seats';
import { seatsLabel } from './seats';

/** The viewer's standing for an event, in words. */
export function RegistrationBadge({ registration }: { registration: MyRegistration | null | undefined }) {
  const t = useTranslations('labels');
  if (!registration) return null;
  const tone = registration.status === 'registered' ? 'success' : 'warning';
  return <span data-test="registration-badge"><Badge tone={tone}>{t(`registrationStatus.${registration.status}`)}</Badge></span>;
}

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  const t = useTranslations('live');
  if (phase === 'cancelled') return <Badge tone="danger">{t('phase.cancelled')}</Badge>;
  if (phase === 'in_progress') return <Badge tone="scheduled">{t('phase.inProgress')}</Badge>;
  if (phase === 'ended') return <Badge>{t('phase.ended')}</Badge>;
  return null;
}

export function SeatsBadge({ seats }: { seats: Seats }) {
  const t = useTranslations('live.seats');
  return <Badge tone={seats.kind === 'full' ? 'warning' : 'neutral'}>{seatsLabel(seats, t)}</Badge>;
}
