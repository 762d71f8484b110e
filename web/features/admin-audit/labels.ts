import {
  accountStatusLabels, documentStatusLabels, dossierStatusLabels, eventStatusLabels, inSentence, roleLabels,
} from '@contract/labels';
import type { Json } from '@/lib/database.types';
import { formatDateTime } from '@/features/admin-common';

/** French names of the actions written by private.write_audit (and the event trigger). */
export const ACTION_LABELS: Record<string, string> = {
  'user.role_changed': 'Rôle modifié',
  'user.status_changed': 'Statut de compte modifié',
  'user.muted': 'Membre mis en sourdine',
  'user.erased': 'Compte effacé à la demande du membre',
  'dossier.assigned': 'Dossier attribué',
  'dossier.status_changed': 'Statut de dossier modifié',
  'document.reviewed': 'Document examiné',
  'event.created': 'Événement créé',
  'event.updated': 'Événement modifié',
  'post.pinned': 'Épinglage d’une publication',
  'report.resolved': 'Signalement traité',
};

export const ACTION_OPTIONS = [
  { value: '', label: 'Toutes les actions' },
  ...Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label })),
];

// The values the details carry (roles, statuses, decisions), named as inside a sentence.
const VALUE_LABELS: Record<string, string> = Object.fromEntries(Object.entries({
  ...roleLabels, ...accountStatusLabels, ...dossierStatusLabels, ...documentStatusLabels, ...eventStatusLabels,
  kept: 'Conservé', removed: 'Retiré',
}).map(([value, label]) => [value, inSentence(label)]));

const TABLE_LABELS: Record<string, string> = {
  profiles: 'Membre', accounts: 'Compte', dossiers: 'Dossier', documents: 'Document', events: 'Événement', posts: 'Publication', reports: 'Signalement',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function targetLabel(table: string): string {
  return TABLE_LABELS[table] ?? table;
}

const word = (value: unknown) => (typeof value === 'string' ? VALUE_LABELS[value] ?? value : String(value));

/** A one-line French summary of an entry's details. */
export function describeDetails(action: string, details: Json, names: Record<string, string> = {}): string {
  const d = (details && typeof details === 'object' && !Array.isArray(details) ? details : {}) as Record<string, unknown>;
  switch (action) {
    case 'user.role_changed':
    case 'user.status_changed':
    case 'dossier.status_changed':
      return `${word(d.from ?? '—')} → ${word(d.to)}${typeof d.note === 'string' && d.note ? ` : « ${d.note} »` : ''}`;
    case 'user.muted':
      return d.until ? `Jusqu’au ${formatDateTime(String(d.until))}` : 'Sourdine levée';
    case 'dossier.assigned':
      return d.pro_id ? `À ${names[String(d.pro_id)] ?? 'un professionnel'}` : 'Professionnel retiré';
    case 'document.reviewed':
      return `${word(d.decision)}${typeof d.reason === 'string' && d.reason ? ` : « ${d.reason} »` : ''}`;
    case 'event.created':
    case 'event.updated':
      return `« ${String(d.title ?? '')} » (${word(d.status)})`;
    case 'post.pinned':
      return d.pinned ? 'Épinglée' : 'Désépinglée';
    case 'report.resolved':
      return `${word(d.decision)}${typeof d.note === 'string' && d.note ? ` : « ${d.note} »` : ''}${typeof d.reports === 'number' ? ` (${d.reports} signalement${d.reports > 1 ? 's' : ''})` : ''}`;
    default:
      return Object.entries(d).map(([key, value]) => `${key} : ${typeof value === 'object' ? JSON.stringify(value) : word(value)}`).join(', ');
  }
}
