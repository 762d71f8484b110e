import { describe, expect, it } from 'vitest';
import { checkFiles } from '@/components/ui/file-rules';
import { checklistTone } from './labels';
import { DOCUMENT_RULES, documentDetailsSchema, fileProblem, rejectionSchema, safeFileName } from './schema';

const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });

describe('safeFileName (a Storage key segment the documents row accepts)', () => {
  it('keeps plain names as they are', () => {
    expect(safeFileName('passeport.pdf')).toBe('passeport.pdf');
    expect(safeFileName('CV 2026 (final).docx')).toBe('CV 2026 (final).docx');
  });

  it('drops accents and replaces characters Storage refuses', () => {
    expect(safeFileName('Relevé de notes – Québec.PDF')).toBe('Releve de notes _ Quebec.pdf');
    expect(safeFileName('a/b\\c#d?.png')).toBe('a_b_c_d.png');
    expect(safeFileName('証明書.jpg')).toBe('document.jpg');
  });

  it('stays within 180 characters with its extension, and is never empty', () => {
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(180);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(safeFileName('...')).toBe('document');
    expect(safeFileName('.env')).toBe('env');
  });
});

describe('the documents bucket rules, checked before any upload', () => {
  it('accepts PDF, images and office files up to 50 MB', () => {
    const { accepted, errors } = checkFiles([
      file('a.pdf', 'application/pdf', 10),
      file('b.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 10),
      file('c.heic', 'image/heic', DOCUMENT_RULES.maxBytes),
    ], DOCUMENT_RULES);
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf', 'b.docx', 'c.heic']);
    expect(errors).toEqual([]);
  });

  it('refuses other types and files over 50 MB, saying why in French', () => {
    const { accepted, errors } = checkFiles([file('x.zip', 'application/zip', 10), file('big.pdf', 'application/pdf', DOCUMENT_RULES.maxBytes + 1)], DOCUMENT_RULES);
    expect(accepted).toEqual([]);
    expect(errors[0]).toContain('« x.zip » : format non accepté.');
    expect(errors[0]).toContain('Word (.docx)');
    expect(errors[1]).toBe('« big.pdf » : fichier trop volumineux (50\u00A0Mo ; maximum 50\u00A0Mo).');
  });
});

describe('fileProblem (what a checklist slot says before sending)', () => {
  it('passes a PDF or a camera photo within the limit', () => {
    expect(fileProblem(file('a.pdf', 'application/pdf', 10))).toBeNull();
    expect(fileProblem(file('photo.jpg', 'image/jpeg', DOCUMENT_RULES.maxBytes))).toBeNull();
  });

  it('names the problem: format, emptiness, size', () => {
    expect(fileProblem(file('x.zip', 'application/zip', 10))).toBe('badType');
    expect(fileProblem(file('a.pdf', 'application/pdf', 0))).toBe('emptyFile');
    expect(fileProblem(file('big.pdf', 'application/pdf', DOCUMENT_RULES.maxBytes + 1))).toBe('tooLarge');
  });
});

describe('document forms', () => {
  it('takes an optional expiry date in ISO form only', () => {
    expect(documentDetailsSchema.safeParse({ kind: 'passport', expiresOn: '' }).success).toBe(true);
    expect(documentDetailsSchema.safeParse({ kind: '', expiresOn: '2030-02-28' }).success).toBe(true);
    expect(documentDetailsSchema.safeParse({ kind: 'passport', expiresOn: '28/02/2030' }).error?.issues[0]?.message).toBe('invalidDate');
  });

  it('requires a reason of at most 1000 characters to reject', () => {
    expect(rejectionSchema.safeParse({ reason: '  ' }).error?.issues[0]?.message).toBe('reasonRequired');
    expect(rejectionSchema.safeParse({ reason: 'x'.repeat(1001) }).error?.issues[0]?.message).toBe('reasonTooLong');
    expect(rejectionSchema.parse({ reason: ' Photo floue. ' })).toEqual({ reason: 'Photo floue.' });
  });

  it('gives each checklist state its tone, and an unknown one the tone of missing', () => {
    expect(checklistTone('expiring')).toBe('warning');
    expect(checklistTone('expired')).toBe('danger');
    expect(checklistTone('surprise')).toBe('neutral');
  });
});
