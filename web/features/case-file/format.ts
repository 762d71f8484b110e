// Dates as people read them here (fr-CA), in the viewer's time zone; these components render in
// the browser only (their data comes from React Query), so there is no server/client mismatch.
const dateFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat('fr-CA', { timeStyle: 'short' });
// A calendar day (`date` column) has no time zone: read and shown as UTC so it never shifts.
const dayFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' });

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

/** "Aujourd'hui", "Hier" or the date: the separators of the chat. */
export function dayLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(date)) / 86_400_000);
  if (days === 0) return "Aujourd'hui";
  if (days === 1) return 'Hier';
  return dateFormat.format(date);
}
