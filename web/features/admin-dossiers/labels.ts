import type { BadgeTone } from '@/components/ui/badge';
import { type DossierStatus, STATUS_LABELS, STATUS_TONES } from '@/features/case-file';

export { PROGRAM_LABELS } from '@/features/case-file';

export const DOSSIER_STATUS = Object.fromEntries(
  (Object.keys(STATUS_LABELS) as DossierStatus[]).map((status) => [status, { label: STATUS_LABELS[status], tone: STATUS_TONES[status] }]),
) as Record<DossierStatus, { label: string; tone: BadgeTone }>;
