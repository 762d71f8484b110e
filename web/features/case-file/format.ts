// Dates as people read them here (fr-CA), in the viewer's time zone. What the server renders (the
// dossier's first view) passes `timeZone` until hydration: see case-time.tsx.
const dateFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short' });
const inZone = new Map<string, { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();
const formatsIn = (timeZone: string | undefined) => {
  if (timeZone === undefined) return { date: dateFormat, dateTime: dateTimeFormat };
  let found = inZone.get(timeZone);
  if (!found) {
    found = {
      date: new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone }),
      dateTime: new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    };
    inZone.set(timeZone, found);
  }
  return found;
};
const timeFormat = new Intl.DateTimeFormat('fr-CA', { timeStyle: 'short' });
// A calendar day (`date` column) has no time zone: read and shown as UTC so it never shifts.
const dayFormat = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' });

/** `timeZone` undefined: the runtime's own (the viewer's, in the browser). */
export const formatDate = (iso: string, timeZone?: string) => formatsIn(timeZone).date.format(new Date(iso));
export const formatDateTime = (iso: string, timeZone?: string) => formatsIn(timeZone).dateTime.format(new Date(iso));
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
