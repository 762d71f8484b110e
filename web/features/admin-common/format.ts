// Dates and numbers in French (Canada), in the viewer's own time zone: admin data is fetched in
// the browser, so nothing here renders on the server.
const dateTime = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium' });
const number = new Intl.NumberFormat('fr-CA');

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? date.format(new Date(iso)) : '—';
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** "1 membre", "3 membres" (French: 0 and 1 take the singular). */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${Math.abs(count) < 2 ? one : many}`;
}
