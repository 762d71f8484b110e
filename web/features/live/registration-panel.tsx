'use client';

import { CalendarPlus, ExternalLink, PlayCircle } from 'lucide-react';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { liveEventCalendarPath } from '@/lib/routes';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { LiveEvent } from './queries';
import { eventPhase, safeHttpsUrl, seats } from './seats';
import { useJoinLink, useMyRegistration, useRegister, useUnregister, useWaitlistPosition } from './use-live';

/** Register or leave, the waitlist place, the join link once registered, the replay afterwards. */
export function RegistrationPanel({ event }: { event: LiveEvent }) {
  const { explain } = useErrorText();
  const t = useTranslations('live.registration');
  const live = useTranslations('live');
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
    onSuccess: (saved) => toast.success(saved.status === 'registered' ? t('registeredToast') : t('waitlistedToast')),
    onError: async (error) => toast.error(await explain(error)),
  });
  const onUnregister = () => unregister.mutate(undefined, {
    onSuccess: () => {
      setConfirming(false);
      toast.success(status === 'waitlisted' ? t('leftWaitlistToast') : t('freedToast'));
    },
    onError: async (error) => toast.error(await explain(error)),
  });

  return (
    <section aria-labelledby="inscription-titre" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-test="registration-panel">
      <h2 id="inscription-titre" className="text-lg font-semibold">{t('title')}</h2>
      {registration.isPending ? <p role="status" className="text-slate-600">{live('loading')}</p> : null}

      {status === 'registered' ? (
        <Alert tone="success" title={t('registeredTitle')} data-test="registration-status">
          {join ? t('registeredWithLink') : t('registeredNoLink')}
        </Alert>
      ) : null}
      {status === 'waitlisted' ? (
        <Alert tone="warning" title={t('waitlistedTitle')} data-test="registration-status">
          <span data-test="waitlist-position">
            {waitlist.data ? t('position', { position: waitlist.data }) : t('positionLoading')}
          </span>{' '}
          {t('waitlistPromise')}
        </Alert>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {status === 'registered' && join && phase !== 'ended' ? (
          <a href={join} target="_blank" rel="noopener noreferrer" className={buttonClasses('primary')} data-test="join-link">
            <ExternalLink aria-hidden="true" className="size-5" />{t('join')}<span className="sr-only">{live('newTab')}</span>
          </a>
        ) : null}
        {!status && open && !registration.isPending ? (
          <Button onClick={onRegister} loading={register.isPending} data-test="register">
            {full ? t('joinWaitlist') : t('register')}
          </Button>
        ) : null}
        {status && open ? (
          <Button variant="secondary" onClick={() => setConfirming(true)} data-test="unregister">
            {status === 'waitlisted' ? t('leaveWaitlist') : t('unregister')}
          </Button>
        ) : null}
        {phase !== 'ended' ? (
          <a href={liveEventCalendarPath(event.id)} download className={buttonClasses('secondary')} data-test="calendar-file">
            <CalendarPlus aria-hidden="true" className="size-5" />{t('calendar')}
          </a>
        ) : null}
        {replay ? (
          <a href={replay} target="_blank" rel="noopener noreferrer" className={buttonClasses('primary')} data-test="replay-link">
            <PlayCircle aria-hidden="true" className="size-5" />{live('replay')}<span className="sr-only">{live('newTab')}</span>
          </a>
        ) : null}
      </div>
      {phase === 'ended' && !replay ? <p className="text-slate-700">{t('endedNoReplay')}</p> : null}
      {phase === 'cancelled' ? <p className="text-slate-700">{t('cancelled')}</p> : null}

      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={status === 'waitlisted' ? t('confirmLeaveTitle') : t('confirmUnregisterTitle')}
        description={status === 'waitlisted' ? t('confirmLeaveText') : t('confirmUnregisterText')}
        footer={<>
          <Button variant="secondary" onClick={() => setConfirming(false)} data-autofocus>{t('cancel')}</Button>
          <Button variant="danger" loading={unregister.isPending} onClick={onUnregister} data-test="confirm-unregister">{t('confirm')}</Button>
        </>}
      />
    </section>
  );
}
