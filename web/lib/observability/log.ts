// Structured server logs: one JSON object a line (time, level, message, request_id, route). Messages
// go through the report scrubber, so no address or quoted row reaches the logs either.
import { scrubText } from '@contract/scrub-report';

export type LogFields = { request_id?: string; route?: string; [field: string]: string | number | undefined };

export function log(level: 'info' | 'warn' | 'error', message: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message: scrubText(message), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
