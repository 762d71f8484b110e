'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { fill, LoadError, LoadingRows, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { useLiftMute, useMutedMembers } from './use-moderation';

/** Who is muted in Inside and until when; an admin lifts a mute before it ends. */
export function MutedMembers() {
  const describeFailure = useDescribeAdminError();
  const { moderation: text } = useAdminText().admin;
  const format = useAdminFormat();
  const toast = useToast();
  const { data, error, isPending, refetch } = useMutedMembers();
  const lift = useLiftMute();

  let body: ReactNode;
  if (isPending) body = <LoadingRows label={text.loadingMuted} />;
  else if (error) body = <LoadError error={error} onRetry={() => void refetch()} />;
  else if (data.length === 0) body = <p className="text-sm text-slate-700" data-test="muted-count">{text.noneMuted}</p>;
  else {
    body = <>
      <p className="text-sm text-slate-700" data-test="muted-count">{format.count(data.length, text.mutedCount)}</p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-test="muted-list">
        {data.map(({ userId, mutedUntil, name: known }) => ({ userId, mutedUntil, name: known ?? text.member })).map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 p-4" data-test="muted-member">
            <p><span className="font-medium text-slate-900">{member.name}</span>
              <span className="text-slate-700">{fill(text.until, { date: format.dateTime(member.mutedUntil) })}</span></p>
            <Button size="sm" variant="secondary" loading={lift.isPending && lift.variables === member.userId} data-test="lift-mute"
              onClick={() => lift.mutate(member.userId, {
                onSuccess: () => toast.success(fill(text.lifted, { name: member.name })),
                onError: (failure) => toast.error(describeFailure(failure)),
              })}>
              <span aria-hidden="true">{text.lift}</span><span className="sr-only">{fill(text.liftOf, { name: member.name })}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>;
  }
  return (
    <section aria-labelledby="membres-en-sourdine" className="mt-10 space-y-4">
      <h2 id="membres-en-sourdine" className="text-lg font-semibold text-slate-900">{text.mutedTitle}</h2>
      {body}
    </section>
  );
}
