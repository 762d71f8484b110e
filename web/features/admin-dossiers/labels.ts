import type { BadgeTone } from '@/components/ui/badge';
import { type DossierStatus, STATUS_TONES } from '@/features/case-file';

/** The badge tone of each status (its words: labels.dossierStatus). */
export const DOSSIER_TONES: Record<DossierStatus, BadgeTone> = STATUS_TONES;
