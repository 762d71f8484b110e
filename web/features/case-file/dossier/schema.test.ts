import { describe, expect, it } from 'vitest';
import { candidateCanSubmit, DOSSIER_STATUSES, parseDossierTab, staffTransitions, STATUS_LABELS } from './labels';
import { dossierDetailsSchema, dossierIdSchema, newDossierSchema, statusChangeSchema } from './schema';

describe('dossierDetailsSchema', () => {
  it('keeps only the title and the description, with the same rules as a new dossier', () => {
    expect(dossierDetailsSchema.parse({ title: ' Famille Diallo ', description: 'Mise à jour' }))
      .toEqual({ title: 'Famille Diallo', description: 'Mise à jour' });
    expect(dossierDetailsSchema.safeParse({ title: ' ', description: '' }).error?.issues.map((issue) => issue.message))
      .toEqual(['dossierTitleMissing']);
  });
});

describe('newDossierSchema', () => {
  it('accepts a program, a title and an empty description, trimming the title', () => {
    const parsed = newDossierSchema.parse({ programType: 'study_permit', title: '  Permis d’études  ', description: '' });
    expect(parsed).toEqual({ programType: 'study_permit', title: 'Permis d’études', description: '' });
  });

  it('refuses a blank title, a title over 150 characters, a description over 5000, an unknown program', () => {
    const messages = (input: unknown) => newDossierSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages({ programType: 'express_entry', title: '   ', description: '' })).toEqual(['dossierTitleMissing']);
    expect(messages({ programType: 'express_entry', title: 'x'.repeat(151), description: 'y'.repeat(5001) })).toEqual([
      'dossierTitleTooLong',
      'descriptionTooLong',
    ]);
    expect(messages({ programType: 'golden_visa', title: 'Titre', description: '' })).toEqual(['programMissing']);
  });
});

describe('the status workflow as the screens offer it', () => {
  it('gives the assigned pro the edges the database allows staff, and none from a draft or closed dossier', () => {
    expect(staffTransitions('submitted')).toEqual(['in_review']);
    expect(staffTransitions('in_review')).toEqual(['action_required', 'approved', 'rejected']);
    expect(staffTransitions('approved')).toEqual(['closed']);
    expect(staffTransitions('rejected')).toEqual(['closed']);
    expect(staffTransitions('draft')).toEqual([]);
    expect(staffTransitions('action_required')).toEqual([]);
    expect(staffTransitions('closed')).toEqual([]);
  });

  it('lets the candidate submit a draft and resubmit after a request for changes, nothing else', () => {
    expect(DOSSIER_STATUSES.filter(candidateCanSubmit)).toEqual(['draft', 'action_required']);
  });

  it('names every status in French', () => {
    expect(DOSSIER_STATUSES.map((status) => STATUS_LABELS[status])).toEqual([
      'Brouillon', 'Soumis', 'En révision', 'Action requise', 'Approuvé', 'Refusé', 'Clos',
    ]);
  });

  it('keeps status notes within 2000 characters', () => {
    expect(statusChangeSchema.safeParse({ toStatus: 'in_review', note: 'x'.repeat(2000) }).success).toBe(true);
    expect(statusChangeSchema.safeParse({ toStatus: 'in_review', note: 'x'.repeat(2001) }).error?.issues[0]?.message).toBe('noteTooLong');
  });
});

describe('dossier page addresses', () => {
  it('opens the tab named by ?onglet=, the overview otherwise', () => {
    expect(parseDossierTab('documents')).toBe('documents');
    expect(parseDossierTab('messages')).toBe('messages');
    expect(parseDossierTab('autre')).toBe('apercu');
    expect(parseDossierTab(undefined)).toBe('apercu');
  });

  it('takes only UUIDs as dossier ids', () => {
    expect(dossierIdSchema.safeParse('44444444-4444-4444-8444-000000000001').success).toBe(true);
    expect(dossierIdSchema.safeParse('42').success).toBe(false);
    expect(dossierIdSchema.safeParse("1' or '1'='1").success).toBe(false);
  });
});
