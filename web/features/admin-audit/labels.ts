import type { Json } from '@/lib/database.types';
import { type AdminFormat, type AdminText, fill } from '@/features/admin-common';

// The words of the trail, in the reader's language: actions and tables by their code
// (admin.audit), the values the details carry (roles, statuses, decisions) from labels.

export type AuditWords = ReturnType<typeof auditWords>;

/** Names for the actions written by private.write_audit (and the event trigger), their targets and details. */
export function auditWords({ admin: { audit: text }, labels }: AdminText, format: AdminFormat) {
  // Message keys cannot hold a dot: `user.role_changed` is named by `user_role_changed`.
  const actions = Object.fromEntries(Object.entries(text.actions).map(([key, label]) => [key.replace('_', '.'), label])) as Record<string, string>;
  const tables: Record<string, string> = text.tables;
  // Inside a sentence, as the words of the summary: lower case.
  const values: Record<string, string> = Object.fromEntries(Object.entries({
    ...labels.role, ...labels.accountStatus, ...labels.dossierStatus, ...labels.documentStatus, ...labels.eventStatus, ...text.decisions,
  }).map(([value, label]) => [value, label.toLocaleLowerCase()]));
  const word = (value: unknown) => (typeof value === 'string' ? values[value] ?? value : String(value));
  const quoted = (value: unknown) => (typeof value === 'string' && value ? fill(text.quoted, { text: value }) : '');

  return {
    actionOptions: [{ value: '', label: text.allActions }, ...Object.entries(actions).map(([value, label]) => ({ value, label }))],
    action: (action: string) => actions[action] ?? action,
    target: (table: string) => tables[table] ?? table,
    /** The target's kind and, when known, its name: « Compte : Lucas Martin ». */
    targetNamed: (table: string, name: string | null | undefined) =>
      (name ? fill(text.labelled, { label: tables[table] ?? table, value: name }) : tables[table] ?? table),
    /** A one-line summary of an entry's details. */
    details(action: string, details: Json, names: Record<string, string> = {}): string {
      const d = (details && typeof details === 'object' && !Array.isArray(details) ? details : {}) as Record<string, unknown>;
      switch (action) {
        case 'user.role_changed':
        case 'user.status_changed':
        case 'dossier.status_changed':
          return `${word(d.from ?? '—')} → ${word(d.to)}${quoted(d.note)}`;
        case 'user.muted':
          return d.until ? fill(text.mutedUntil, { date: format.dateTime(String(d.until)) }) : text.muteLifted;
        case 'dossier.assigned':
          return d.pro_id ? fill(text.assignedTo, { name: names[String(d.pro_id)] ?? text.aPro }) : text.proRemoved;
        case 'document.reviewed':
          return `${word(d.decision)}${quoted(d.reason)}`;
        case 'event.created':
        case 'event.updated':
          return fill(text.eventDetails, { title: String(d.title ?? ''), status: word(d.status) });
        case 'post.pinned':
          return d.pinned ? text.pinned : text.unpinned;
        case 'report.resolved':
          return `${word(d.decision)}${quoted(d.note)}${typeof d.reports === 'number' ? format.count(d.reports, text.reports) : ''}`;
        default:
          return Object.entries(d).map(([key, value]) => fill(text.labelled, { label: key, value: typeof value === 'object' ? JSON.stringify(value) : word(value) })).join(', ');
      }
    },
  };
}
