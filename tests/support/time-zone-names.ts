// The zone names private.time_zone_name() should give, kept apart from it as the tests' oracle: Intl's
// generic name in fr-CA and en-CA as the web app shows it (web/lib/format.ts, zoneName), « heure de l’Est »,
// "Eastern Time", the same at every season; a zone the list lacks is its offset at that instant: « UTC−5 »,
// "UTC+5:30". Both spellings of renamed zones are listed: browsers offer ICU's names (Asia/Calcutta),
// PostgreSQL knows both. The emails print the times the database wrote, names included, so no runtime's
// own ICU names a zone there (Deno's calls Kinshasa's « heure normale d’Afrique de l’Ouest »).

const names: [fr: string, en: string, zones: string[]][] = [
  ['heure de Terre-Neuve', 'Newfoundland Time', ['America/St_Johns']],
  ['heure de l’Atlantique', 'Atlantic Time', ['America/Halifax', 'America/Moncton', 'America/Glace_Bay',
    'America/Goose_Bay', 'Atlantic/Bermuda']],
  ['heure normale de l’Atlantique', 'Atlantic Standard Time', ['America/Blanc-Sablon', 'America/Puerto_Rico',
    'America/Guadeloupe', 'America/Martinique']],
  ['heure de l’Est', 'Eastern Time', ['America/Toronto', 'America/Montreal', 'America/Iqaluit', 'America/Nipigon',
    'America/Thunder_Bay', 'America/New_York', 'America/Detroit', 'America/Indiana/Indianapolis',
    'America/Indianapolis', 'America/Kentucky/Louisville', 'America/Louisville', 'America/Nassau',
    'America/Port-au-Prince']],
  ['heure normale de l’Est', 'Eastern Standard Time', ['America/Atikokan', 'America/Coral_Harbour']],
  ['heure du Centre', 'Central Time', ['America/Winnipeg', 'America/Rainy_River', 'America/Rankin_Inlet',
    'America/Resolute', 'America/Chicago']],
  ['heure normale du Centre', 'Central Standard Time', ['America/Regina', 'America/Swift_Current',
    'America/Mexico_City']],
  ['heure des Rocheuses', 'Mountain Time', ['America/Edmonton', 'America/Yellowknife', 'America/Cambridge_Bay',
    'America/Inuvik', 'America/Denver', 'America/Boise']],
  ['heure normale des Rocheuses', 'Mountain Standard Time', ['America/Creston', 'America/Dawson_Creek',
    'America/Fort_Nelson', 'America/Phoenix']],
  ['heure normale du Yukon', 'Yukon Time', ['America/Whitehorse', 'America/Dawson']],
  ['heure du Pacifique', 'Pacific Time', ['America/Vancouver', 'America/Los_Angeles', 'America/Tijuana']],
  ['heure de l’Alaska', 'Alaska Time', ['America/Anchorage']],
  ['heure normale d’Hawaï-Aléoutiennes', 'Hawaii-Aleutian Standard Time', ['Pacific/Honolulu']],
  ['heure normale de Colombie', 'Colombia Standard Time', ['America/Bogota']],
  ['heure normale de Brasilia', 'Brasilia Standard Time', ['America/Sao_Paulo']],
  ['heure de Saint-Pierre-et-Miquelon', 'Saint-Pierre-et-Miquelon Time', ['America/Miquelon']],
  ['heure de Guyane française', 'French Guiana Time', ['America/Cayenne']],
  ['heure de la Réunion', 'Réunion Time', ['Indian/Reunion']],
  ['heure d’Afrique orientale', 'East Africa Time', ['Indian/Mayotte', 'Africa/Nairobi', 'Indian/Antananarivo']],
  ['heure normale de la Nouvelle-Calédonie', 'New Caledonia Standard Time', ['Pacific/Noumea']],
  ['heure de Tahiti', 'Tahiti Time', ['Pacific/Tahiti']],
  ['heure de l’Europe centrale', 'Central European Time', ['Europe/Paris', 'Europe/Brussels', 'Europe/Luxembourg',
    'Europe/Monaco', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Amsterdam', 'Europe/Madrid', 'Europe/Rome',
    'Europe/Vienna', 'Europe/Warsaw']],
  ['heure de l’Europe de l’Ouest', 'Western European Time', ['Europe/Lisbon']],
  ['heure : Royaume-Uni', 'United Kingdom Time', ['Europe/London']],
  ['heure : Irlande', 'Ireland Time', ['Europe/Dublin']],
  ['heure de l’Europe de l’Est', 'Eastern European Time', ['Europe/Athens', 'Europe/Bucharest', 'Europe/Kyiv',
    'Europe/Kiev', 'Africa/Cairo', 'Asia/Beirut']],
  ['heure normale de Moscou', 'Moscow Standard Time', ['Europe/Moscow']],
  ['heure : Maroc', 'Morocco Time', ['Africa/Casablanca']],
  ['heure normale de l’Europe centrale', 'Central European Standard Time', ['Africa/Algiers', 'Africa/Tunis']],
  ['heure moyenne de Greenwich', 'Greenwich Mean Time', ['Africa/Dakar', 'Africa/Abidjan', 'Africa/Bamako',
    'Africa/Ouagadougou', 'Africa/Conakry', 'Africa/Lome']],
  ['heure d’Afrique de l’Ouest', 'West Africa Time', ['Africa/Porto-Novo', 'Africa/Niamey', 'Africa/Douala',
    'Africa/Libreville', 'Africa/Brazzaville', 'Africa/Kinshasa', 'Africa/Ndjamena', 'Africa/Lagos']],
  ['heure d’Afrique centrale', 'Central Africa Time', ['Africa/Lubumbashi', 'Africa/Kigali']],
  ['heure normale de Maurice', 'Mauritius Standard Time', ['Indian/Mauritius']],
  ['heure du Golfe', 'Gulf Standard Time', ['Asia/Dubai']],
  ['heure de l’Inde', 'India Standard Time', ['Asia/Kolkata', 'Asia/Calcutta']],
  ['heure d’Indochine', 'Indochina Time', ['Asia/Ho_Chi_Minh', 'Asia/Saigon']],
  ['heure normale des Philippines', 'Philippine Standard Time', ['Asia/Manila']],
  ['heure normale de Chine', 'China Standard Time', ['Asia/Shanghai']],
  ['heure normale du Japon', 'Japan Standard Time', ['Asia/Tokyo']],
];

export const timeZoneNames: Record<string, { fr: string; en: string }> = Object.fromEntries(
  names.flatMap(([fr, en, zones]) => zones.map((zone) => [zone, { fr, en }])),
);

/** "UTC−5", "UTC+5:30" or "UTC": the zone's offset from UTC at that instant. */
export function utcOffsetName(zone: string, at: Date): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC';
  const [, sign, hours, minutes] = match;
  return `UTC${sign === '-' ? '−' : '+'}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** The zone's name in `language`, or its offset at `at` when it has no usual name. */
export function timeZoneName(zone: string, language: 'fr' | 'en', at: Date): string {
  return timeZoneNames[zone]?.[language] ?? utcOffsetName(zone, at);
}
