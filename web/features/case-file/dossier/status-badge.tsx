import { Badge } from '@/components/ui/badge';
import { STATUS_LABELS, STATUS_TONES, type DossierStatus } from './labels';

export function StatusBadge({ status }: { status: DossierStatus }) {
  return <Badge tone={STATUS_TONES[status]}><span data-test="dossier-status">{STATUS_LABELS[status]}</span></Badge>;
}
