const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID as Postgres prints it: route ids are checked before any query (else PostgREST answers 400). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
