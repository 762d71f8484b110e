// Deterministic ids for generated rows (`n` is 1-based), so every step can name a row of another
// step by its number instead of joining: member n, dossier n, post n, event n.

const PREFIX = { user: 'b0000001', dossier: 'b0000002', document: 'b0000003', post: 'b0000004', event: 'b0000005', comment: 'b0000006' } as const;

export type Entity = keyof typeof PREFIX;

/** SQL expression for the uuid of entity number `n` (a SQL expression too). */
export function idSql(entity: Entity, n: string): string {
  return `('${PREFIX[entity]}-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
}

/** SQL array literal of text values, quoted. */
export function textArray(values: readonly string[]): string {
  return `array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
}
