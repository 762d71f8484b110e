'use client';

import { CalendarPlus, ExternalLink, PlayCircle } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { liveEventCalendarPath } from '@/lib/routes';
import { explain } from '@/lib/supabase/explain-error';
import type { LiveEvent } from './queries';
import { eventPhase, ordinal, safeHttpsUrl, seats } from './seats';
import { useJoinLink, useMyRegistration, useRegister, useUnregister, useWaitlistPosition } from './use-live';

/** Register or leave, the waitlist place, the join link once registered, the replay afterwards. */
export function RegistrationPanel({ event }: { event: LiveEvent }) {
  const viewer = useViewer();
  const toast = useToast();
  const registration = useMyRegistration(event.id, viewer.id);
  const status = registration.data?.status ?? null;
  const waitlist = useWaitlistPosition(event.id, status === 'waitlisted');
  const joinLink = useJoinLink(event.id, status === 'registered');
  const register = useRegister(event.id, viewer.id);
  const unregister = useUnregister(event.id, viewer.id);
  const [confirming, setConfirming] = useState(false);
  const phase = eventPhase(event);
  const open = phase === 'upcoming' || phase === 'in_progress';
  const full = seats(event).kind === 'full';
  const join = safeHttpsUrl(joinLink.data);
  const replay = phase === 'ended' ? safeHttpsUrl(event.replay_url) : null;

  const onRegister = () => register.mutate(undefined, {
    onSuccess: (saved) => toast.success(saved.status === 'registered' ? 'Inscription confirmée.' : 'Vous êtes sur la liste d’attente.'),
    onError: async (error) => toast.error(await explain(error)),
  });
  const onUnregister = () => unregister.mutate(undefined, {
    onSuccess: () => {
      setConfirming(false);
      toast.success(status === 'waitlisted' ? 'Vous avez quitté la liste d’attente.' : 'Votre place est libérée.');
    },
    onError: async (error) => toast.error(await explain(error)),
  });

  return (
    <section aria-labelledby="inscription-titre" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-test="registration-panel">
      <h2 id="inscription-titre" className="text-lg font-semibold">Votre inscription</h2>
      {registration.isPending ? <p role="status" className="text-slate-600">Chargement…</p> : null}

      {status === 'registered' ? (
        <Alert tone="success" title="Vous êtes inscrit" data-test="registration-status">
          {join ? 'Le lien de connexion est ci-dessous. Nous vous enverrons aussi un rappel 24 h et 1 h avant.' : 'Nous vous enverrons un rappel 24 h et 1 h avant.'}
        </Alert>
      ) : null}
      {status === 'waitlisted' ? (
        <Alert tone="warning" title="Vous êtes sur la liste d’attente" data-test="registration-status">
          <span data-test="waitlist-position">
            {waitlist.data ? `Vous êtes ${ordinal(waitlist.data)} sur la liste d’attente.` : 'Votre rang sur la liste d’attente se charge…'}
          </span>{' '}
          Si une place se libère, elle vous revient automatiquement et vous serez prévenu.
        </Alert>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {status === 'registered' && join && phase !== 'ended' ? (
          <a href={join} target="_blank" rel="noopener noreferrer" className={buttonClasses('primary')} data-test="join-link">
            <ExternalLink aria-hidden="true" className="size-5" />Rejoindre le Live<span className="sr-only"> (nouvel onglet)</span>
          </a>
        ) : null}
        {!status && open && !registration.isPending ? (
          <Button onClick={onRegister} loading={register.isPending} data-test="register">
            {full ? 'Rejoindre la liste d’attente' : 'M’inscrire'}
          </Button>
        ) : null}
        {status && open ? (
          <Button variant="secondary" onClick={() => setConfirming(true)} data-test="unregister">
            {status === 'waitlisted' ? 'Quitter la liste d’attente' : 'Me désinscrire'}
          </Button>
        ) : null}
        {phase !== 'ended' ? (
          <a href={liveEventCalendarPath(event.id)} download className={buttonClasses('secondary')} data-test="calendar-file">
            <CalendarPlus aria-hidden="true" className="size-5" />Ajouter à mon agenda (.ics)
          </a>
        ) : null}
        {replay ? (
          <a href={replay} target="_blank" rel="noopener noreferrer" className={buttonClasses('primary')} data-test="replay-link">
            <PlayCircle aria-hidden="true" className="size-5" />Voir la rediffusion<span className="sr-only"> (nouvel onglet)</span>
          </a>
        ) : null}
      </div>
      {phase === 'ended' && !replay ? <p className="text-slate-700">Ce Live est terminé. La rediffusion sera publiée ici dès qu’elle sera prête.</p> : null}
      {phase === 'cancelled' ? <p className="text-slate-700">Les inscriptions sont fermées : ce Live est annulé.</p> : null}

      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={status === 'waitlisted' ? 'Quitter la liste d’attente ?' : 'Vous désinscrire ?'}
        description={status === 'waitlisted' ? 'Vous perdrez votre rang.' : 'Votre place ira à la première personne de la liste d’attente.'}
        footer={<>
          <Button variant="secondary" onClick={() => setConfirming(false)} data-autofocus>Annuler</Button>
          <Button variant="danger" loading={unregister.isPending} onClick={onUnregister} data-test="confirm-unregister">Confirmer</Button>
        </>}
      />
    </section>
  );
}
