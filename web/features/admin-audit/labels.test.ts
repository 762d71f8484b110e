import { describe, expect, it } from 'vitest';
import { adminFormat } from '@/features/admin-common';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { auditWords } from './labels';

const french = auditWords({ admin: fr.admin, labels: fr.labels, language: 'fr' }, adminFormat('fr-CA'));
const english = auditWords({ admin: en.admin, labels: en.labels, language: 'en' }, adminFormat('en-CA'));

describe('audit labels', () => {
  it('names every action and keeps unknown ones as written', () => {
    expect(french.action('user.status_changed')).toBe('Statut de compte modifié');
    expect(french.action('report.resolved')).toBe('Signalement traité');
    expect(french.action('something.new')).toBe('something.new');
    expect(french.target('dossiers')).toBe('Dossier');
    expect(english.action('report.resolved')).toBe('Report resolved');
    expect(english.target('dossiers')).toBe('Application');
  });

  it('names a target with its kind in each language’s typography: no « : » in English, a narrow space before it in French', () => {
    expect(english.targetNamed('accounts', 'Lucas Martin')).toBe('Account: Lucas Martin');
    expect(french.targetNamed('accounts', 'Lucas Martin')).toBe('Compte\u202f: Lucas Martin');
    expect(english.targetNamed('dossiers', null)).toBe('Application');
    expect(english.details('something.new', { reason: 'spam' })).toBe('reason: spam');
  });

  it('summarises details in words', () => {
    expect(french.details('user.role_changed', { from: 'candidate', to: 'pro' })).toBe('candidat → consultant');
    expect(french.details('user.status_changed', { from: 'active', to: 'suspended' })).toBe('actif → suspendu');
    expect(french.details('dossier.assigned', { pro_id: 'p1' }, { p1: 'Sophie Tremblay' })).toBe('À Sophie Tremblay');
    expect(french.details('dossier.assigned', { pro_id: null })).toBe('Consultant retiré');
    expect(french.details('report.resolved', { decision: 'removed', note: 'Spam', reports: 3 })).toBe('retiré : « Spam » (3 signalements)');
    expect(french.details('event.updated', { title: 'CSQ', status: 'cancelled' })).toBe('« CSQ » (annulé)');
    expect(french.details('user.erased', {})).toBe('');
  });

  it('summarises them in English for an English reader', () => {
    expect(english.details('user.role_changed', { from: 'candidate', to: 'pro' })).toBe('applicant → consultant');
    expect(english.details('report.resolved', { decision: 'removed', note: 'Spam', reports: 1 })).toBe('removed: “Spam” (1 report)');
    expect(english.details('event.updated', { title: 'CSQ', status: 'cancelled' })).toBe('“CSQ” (cancelled)');
  });
});
