import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { AuthCard } from '@/components/layout/auth-card';
import { PRIVACY_OFFICER } from '@/lib/terms';
import { LogoutButton } from '@/features/auth';
import { getViewerState } from '@/lib/auth/viewer';
import { isSupabaseConfigured } from '@/lib/env';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Compte suspendu' };

/** accounts.status = 'suspended' (or a sign-in refused because Auth bans the user). */
export default async function SuspendedPage() {
  await connection(); // per request: the answer depends on the session
  const state = isSupabaseConfigured() ? await getViewerState() : { kind: 'anonymous' as const };
  if (state.kind === 'signed-in' && state.account.status === 'active') redirect(routes.dashboard);
  return (
    <AuthCard title="Votre compte est suspendu" footer={state.kind === 'signed-in' ? <LogoutButton size="sm" /> : null}>
      <div className="space-y-4 text-slate-700">
        <p>
          Un administrateur a suspendu ce compte. Tant que la suspension dure, vous ne pouvez ni
          consulter vos dossiers ni publier ; vos données sont conservées.
        </p>
        <p>Pour en connaître la raison ou la contester, répondez au courriel de l&apos;équipe CAPITUNE qui vous l&apos;a annoncée.</p>
        <p>
          Votre droit d&apos;accès à vos renseignements personnels reste entier : adressez votre demande
          à {PRIVACY_OFFICER.name}, <a href={`mailto:${PRIVACY_OFFICER.email}`}>{PRIVACY_OFFICER.email}</a>.
        </p>
      </div>
    </AuthCard>
  );
}
