// What private.member_local_time should write, computed from Intl (ICU) rather than PostgreSQL, so
// that the two implementations check each other: « mercredi 2 décembre 2026 à 19 h (heure de l’Est) »
// or "Wednesday, December 2, 2026, 7:00 PM (Eastern Time)".
import { timeZoneName } from './time-zone-names.ts';

const NBSP = '\u00A0';

export function expectedLocalTime(at: Date, zone: string, language: 'fr' | 'en'): string {
  const name = timeZoneName(zone, language, at);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23',
  };
  if (language === 'en') {
    const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', options).formatToParts(at).map((x) => [x.type, x.value]));
    const hour = Number(p.hour);
    return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${hour % 12 || 12}:${p.minute} ${hour < 12 ? 'AM' : 'PM'} (${name})`;
  }
  const p = Object.fromEntries(new Intl.DateTimeFormat('fr-CA', options).formatToParts(at).map((x) => [x.type, x.value]));
  const day = p.day === '1' ? '1er' : p.day;
  const minute = p.minute === '00' ? '' : `${NBSP}${p.minute}`;
  return `${p.weekday} ${day}${NBSP}${p.month} ${p.year} à ${Number(p.hour)}${NBSP}h${minute} (${name})`;
}
