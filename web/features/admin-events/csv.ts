// CSV for spreadsheets: RFC 4180 (comma separator, CRLF line ends, fields with a comma, quote or
// line break quoted, quotes doubled), a UTF-8 byte order mark so Excel reads accents, and a guard
// against formula injection — text starting with = + - @ (or a tab / carriage return, which
// Excel also strips before evaluating) gets a leading apostrophe, so it is shown, never run.

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers as written, text neutralised against formulas, then quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header line, one line per row, each ended by CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
