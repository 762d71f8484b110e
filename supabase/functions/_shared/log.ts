// Structured logs: one JSON object a line (time, level, message, request_id, function), as the
// platform's log explorer indexes them. Messages go through the report scrubber: no addresses.
import { scrubText } from './contract/scrub-report.ts';

export type LogFields = { request_id?: string; function?: string; [field: string]: string | number | undefined };

export function log(level: 'info' | 'warn' | 'error', message: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message: scrubText(message), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
