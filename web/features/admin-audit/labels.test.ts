import { describe, expect, it } from 'vitest';
import { actionLabel, describeDetails, targetLabel } from './labels';

describe('audit labels', () => {
  it('names every action in French and keeps unknown ones as written', () => {
    expect(actionLabel('user.status_changed')).toBe('Statut de compte modifié');
    expect(actionLabel('report.resolved')).toBe('Signalement traité');
    expect(actionLabel('something.new')).toBe('something.new');
    expect(targetLabel('dossiers')).toBe('Dossier');
  });

  it('summarises details in words', () => {
    expect(describeDetails('user.role_changed', { from: 'candidate', to: 'pro' })).toBe('candidat → consultant');
    expect(describeDetails('user.status_changed', { from: 'active', to: 'suspended' })).toBe('actif → suspendu');
    expect(describeDetails('dossier.assigned', { pro_id: 'p1' }, { p1: 'Sophie Tremblay' })).toBe('À Sophie Tremblay');
    expect(describeDetails('dossier.assigned', { pro_id: null })).toBe('Professionnel retiré');
    expect(describeDetails('report.resolved', { decision: 'removed', note: 'Spam', reports: 3 })).toBe('retiré : « Spam » (3 signalements)');
    expect(describeDetails('event.updated', { title: 'CSQ', status: 'cancelled' })).toBe('« CSQ » (annulé)');
    expect(describeDetails('user.erased', {})).toBe('');
  });
});
