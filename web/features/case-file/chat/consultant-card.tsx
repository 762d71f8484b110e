'use client';

import { useQuery } from '@tanstack/react-query';
import { BadgeCheck, Clock } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Avatar } from '@/components/ui/avatar';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { avatarUrl } from '@/features/profile';
import { loadSupabase } from '@/lib/supabase/lazy';
import { consultantKeys, fetchConsultant, fetchReplyMinutes } from './consultant-queries';
import { replyDuration } from './reply-time';

type ConsultantCardProps = {
  /** The dossier's assigned pro; null while none is assigned. */
  proId: string | null;
  /** The candidate reads "Votre consultant"; staff read "Consultant du dossier". */
  forCandidate: boolean;
  /** In the chat header: one line, no card frame. */
  compact?: boolean;
};

/**
 * Who the consultant is: name, photo, CICC licence number and usual reply time. Candidates can
 * check the number in the public register, a guard against "visa garanti" impostors.
 */
export function ConsultantCard({ proId, forCandidate, compact = false }: ConsultantCardProps) {
  const t = useTranslations('consultant');
  const profile = useQuery({
    queryKey: consultantKeys.profile(proId ?? ''),
    queryFn: async () => fetchConsultant(await loadSupabase(), proId!),
    enabled: proId !== null,
  });
  const reply = useQuery({
    queryKey: consultantKeys.replyTime(proId ?? ''),
    queryFn: async () => fetchReplyMinutes(await loadSupabase(), proId!),
    enabled: proId !== null,
    staleTime: 60 * 60 * 1000, // a median over 90 days moves slowly
  });
  const title = forCandidate ? t('title') : t('titleStaff');

  let body;
  if (proId === null) {
    body = <p className="text-sm text-slate-700" data-test="consultant-none">{t('none')}</p>;
  } else if (!profile.data) {
    body = <div role="status"><Skeleton className="h-12" /></div>;
  } else {
    const consultant = profile.data;
    const minutes = reply.data;
    const duration = typeof minutes === 'number' ? replyDuration(minutes) : null;
    body = (
      <div className="flex items-start gap-3">
        <Avatar src={avatarUrl(consultant.avatar_path)} name={consultant.full_name} size={compact ? 'sm' : 'md'} />
        <div className="min-w-0 space-y-1 text-sm">
          <p className="text-base font-semibold text-slate-900" data-test="consultant-name">{consultant.full_name}</p>
          {compact ? null : <p className="text-slate-700">{t('role')}</p>}
          <p className="flex items-center gap-1 text-slate-800" data-test="consultant-licence">
            <BadgeCheck aria-hidden="true" className="size-4 shrink-0 text-brand-700" />
            {consultant.licence_number ? t('licence', { number: consultant.licence_number }) : t('licenceMissing')}
          </p>
          {reply.isSuccess ? (
            <p className="flex items-center gap-1 text-slate-700" data-test="consultant-reply-time">
              <Clock aria-hidden="true" className="size-4 shrink-0" />
              {duration ? t('replyTime', { duration: t(duration.unit, { count: duration.count }) }) : t('replyNone')}
            </p>
          ) : null}
          {compact || !consultant.licence_number ? null : <p className="text-slate-600">{t('licenceCheck')}</p>}
        </div>
      </div>
    );
  }

  if (compact) {
    return <div className="rounded-md border border-slate-200 bg-slate-50 p-3" data-test="consultant-card" aria-label={title} role="group">{body}</div>;
  }
  return <div data-test="consultant-card"><Card title={title}>{body}</Card></div>;
}
