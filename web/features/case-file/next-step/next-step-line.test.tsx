import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { NextStepLine } from './next-step-line';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const task = { action: 'complete_task', actor: 'candidate', due_on: '2026-12-01', task_title: 'Traduire le relevé de notes' };
const review = { action: 'start_review', actor: 'pro', due_on: null as unknown as string, task_title: null as unknown as string };
const english = ({ children }: { children: ReactNode }) => <WithMessages locale="en-CA">{children}</WithMessages>;

describe('NextStepLine', () => {
  it('says the viewer’s own step plainly, in bold', () => {
    const { container } = render(<NextStepLine step={task} viewerIsCandidate />, { wrapper: WithMessages });
    expect(plain(container.textContent)).toBe('Prochaine étape : Faire la tâche « Traduire le relevé de notes » · pour le 1er décembre 2026');
    expect(container.querySelector('[data-yours="true"]')).not.toBeNull();
  });

  // « Faire la tâche… » under a pro's inbox row read as the pro's to do: it names who takes it.
  it('names who takes a step that is someone else’s', () => {
    const { container } = render(<NextStepLine step={task} viewerIsCandidate={false} />, { wrapper: WithMessages });
    expect(plain(container.textContent)).toBe('Prochaine étape pour le candidat : Faire la tâche « Traduire le relevé de notes » · pour le 1er décembre 2026');
  });

  it('tells a candidate when their consultant acts, in English too', () => {
    const french = render(<NextStepLine step={review} viewerIsCandidate />, { wrapper: WithMessages });
    expect(plain(french.container.textContent)).toBe('Prochaine étape pour votre consultant : Commencer la révision du dossier');
    french.unmount();
    const { container } = render(<NextStepLine step={{ ...task, actor: 'admin', action: 'assign_pro', due_on: null as unknown as string }} viewerIsCandidate />, { wrapper: english });
    expect(container.textContent).toMatch(/^Next step for the CAPITUNE team: /);
  });
});
