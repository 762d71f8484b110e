import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { PrivacySection } from '@/features/privacy';
import { ProfileSettings } from '@/features/profile';
import { AuthTextScope, ChangePasswordForm, errorSentence, outcomeDone, outcomeError } from '@/features/auth';
import { PreferencesForm, toLocale } from '@/features/account';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import type { PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('profile') };
}

export default async function ProfilePage({ searchParams }: PageSearchParams) {
  const viewer = await requireViewer();
  // The password form's answer when it was sent without JavaScript (setPasswordAction).
  const params = await searchParams;
  const error = outcomeError(params);
  const [t, { auth }] = await Promise.all([getTranslations('profile'), getMessages()]);
  const passwordOutcome = error ? { tone: 'danger' as const, message: errorSentence(auth, error) }
    : outcomeDone(params) ? { tone: 'success' as const, message: t('passwordChanged') } : null;
  return (
    <ClientMessagesScope>
      <PageHeader title={t('title')} description={t('intro')} />
      {/* The name field's and the password form's sentences are auth's (fullNameSchema, the password rules). */}
      <AuthTextScope>
        <ProfileSettings
          initialProfile={{ id: viewer.id, full_name: viewer.fullName, avatar_path: viewer.avatarPath, bio: viewer.bio, role: viewer.role }}
          email={viewer.email}
          aal={viewer.aal}
          preferencesForm={<PreferencesForm userId={viewer.id} initial={{ locale: toLocale(viewer.locale) }} />}
          passwordForm={<ChangePasswordForm outcome={passwordOutcome} />}
        />
        <PrivacySection />
      </AuthTextScope>
    </ClientMessagesScope>
  );
}
