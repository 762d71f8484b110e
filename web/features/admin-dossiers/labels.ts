import type { BadgeTone } from '@/components/ui/badge';
import { STATUS_LABELS, STATUS_TONES, type DossierStatus } from '@/features/dossiers/labels';

export { PROGRAM_LABELS } from '@/features/dossiers/labels';

export const DOSSIER_STATUS = Object.fromEntries(
  (Object.keys(STATUS_LABELS) as DossierStatus[]).map((status) => [status, { label: STATUS_LABELS[status], tone: STATUS_TONES[status] }]),
) as Record<DossierStatus, { label: string; tone: BadgeTone }>;
