import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { attendeesCsv, attendeesFileName, type Attendee, type AttendeesCsvText } from './attendees-csv';
import { buildCsv, csvCell } from './csv';

describe('csvCell (RFC 4180)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Amina Diallo')).toBe('Amina Diallo');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes fields holding a comma, a quote or a line break, and doubles the quotes', () => {
    expect(csvCell('Diallo, Amina')).toBe('"Diallo, Amina"');
    expect(csvCell('Le « vrai » "nom"')).toBe('"Le « vrai » ""nom"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","clic")')).toBe(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csvCell('+33 6 12 34 56 78')).toBe("'+33 6 12 34 56 78");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
  });

  it('does not touch the same characters later in the text, nor numbers written by the app', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('jean-marc@exemple.ca')).toBe('jean-marc@exemple.ca');
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('buildCsv', () => {
  it('starts with a UTF-8 byte order mark for Excel and ends every line with CRLF', () => {
    const csv = buildCsv(['Nom', 'Ville'], [['Zoé', 'Montréal'], ['Émile', 'Québec, QC']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Nom,Ville\r\nZoé,Montréal\r\nÉmile,"Québec, QC"\r\n');
  });

  it('encodes to UTF-8 bytes EF BB BF first', () => {
    const bytes = new TextEncoder().encode(buildCsv(['a'], []));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('attendees export', () => {
  const attendees: Attendee[] = [
    { user_id: '1', full_name: 'Amina Diallo', email: 'amina@demo.capitune.ca', status: 'registered', waitlist_position: null, registered_at: '2026-11-20T15:04:00Z' },
    { user_id: '2', full_name: '=cmd|"/c calc"!A1', email: 'x@y.ca', status: 'waitlisted', waitlist_position: 1, registered_at: '2026-11-21T15:04:00Z' },
  ];

  const textOf = (messages: typeof fr): AttendeesCsvText => {
    const { name, email, status, waitlistPosition, registeredAt, fileName } = messages.admin.events;
    return { columns: { name, email, status, waitlistPosition, registeredAt }, statuses: messages.labels.registrationStatus, fileName };
  };

  it('has a header in the reader’s language and one line per attendee, waitlist position included', () => {
    expect(attendeesCsv(attendees, textOf(en)).slice(1).split('\r\n')[0]).toBe('Name,Email,Status,Place on the waiting list,Registered on');
    const lines = attendeesCsv(attendees, textOf(fr)).slice(1).split('\r\n');
    expect(lines[0]).toBe('Nom,Courriel,Statut,Position en liste d’attente,Inscrit le');
    expect(lines[1]).toMatch(/^Amina Diallo,amina@demo\.capitune\.ca,Inscrit,,2026-11-2\d \d\d:04$/);
    expect(lines[2]).toMatch(/^"'=cmd\|""\/c calc""!A1",x@y\.ca,Liste d’attente,1,/);
    expect(lines[3]).toBe('');
  });

  it('names the file after the event, without accents or spaces', () => {
    expect(attendeesFileName('Entrée express : les étapes', '2026-12-03T23:00:00Z', 'participants')).toMatch(/^participants-entree-express-les-etapes-2026-12-0[34]\.csv$/);
    expect(attendeesFileName('!!!', '2026-12-03T12:00:00Z', 'participants')).toBe('participants-evenement-2026-12-03.csv');
  });
});
