import type { BadgeTone } from '@/components/ui/badge';
import type { Database } from '@/lib/database.types';

type DossierStatus = Database['public']['Enums']['dossier_status'];
type ProgramType = Database['public']['Enums']['program_type'];

export const DOSSIER_STATUS: Record<DossierStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: 'Brouillon', tone: 'neutral' },
  submitted: { label: 'Soumis', tone: 'info' },
  in_review: { label: 'En révision', tone: 'info' },
  action_required: { label: 'Action requise', tone: 'warning' },
  approved: { label: 'Approuvé', tone: 'success' },
  rejected: { label: 'Refusé', tone: 'danger' },
  closed: { label: 'Clos', tone: 'neutral' },
};

export const PROGRAM_LABELS: Record<ProgramType, string> = {
  express_entry: 'Entrée express',
  quebec_skilled_worker: 'Travailleur qualifié du Québec',
  study_permit: 'Permis d’études',
  work_permit: 'Permis de travail',
  family_sponsorship: 'Parrainage familial',
  visitor_visa: 'Visa de visiteur',
  citizenship: 'Citoyenneté',
};
