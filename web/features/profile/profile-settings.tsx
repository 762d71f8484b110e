'use client';

import { ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { withNext } from '@/lib/redirect';
import { memberPath, routes } from '@/lib/routes';
import { AvatarUpload } from './avatar-upload';
import { EmailPreferencesForm } from './email-preferences-form';
import { LicenceNumberForm } from './licence-number-form';
import { ProfileForm } from './profile-form';
import type { Profile } from './queries';
import { TimeZoneForm } from './time-zone-form';
import { useProfile } from './use-profile';

type ProfileSettingsProps = {
  initialProfile: Profile;
  email: string;
  aal: 'aal1' | 'aal2';
  /** The account's preferences form and the password form, which other features own. */
  preferencesForm: ReactNode;
  passwordForm: ReactNode;
};

export function ProfileSettings({ initialProfile, email, aal, preferencesForm, passwordForm }: ProfileSettingsProps) {
  const t = useTranslations('profile');
  const { data: profile = initialProfile } = useProfile(initialProfile.id, initialProfile);
  return (
    <div className="grid max-w-3xl gap-6">
      <Card title={t('photoTitle')} description={t('photoRules')}>
        <AvatarUpload profile={profile} />
      </Card>
      <Card title={t('publicTitle')}
        actions={<ButtonLink href={memberPath(profile.id)} variant="secondary" size="sm" data-test="profile-member-page">{t('seeInsidePage')}</ButtonLink>}>
        <ProfileForm profile={profile} />
      </Card>
      {profile.role === 'pro' ? (
        <Card title={t('licenceTitle')} description={t('licenceText')}>
          <LicenceNumberForm proId={profile.id} />
        </Card>
      ) : null}
      <Card title={t('preferencesTitle')}>
        {preferencesForm}
      </Card>
      <Card title={t('timeZoneTitle')}>
        <TimeZoneForm userId={initialProfile.id} />
      </Card>
      <Card title={t('emailsTitle')} description={t('emailsText')}>
        <EmailPreferencesForm userId={initialProfile.id} />
      </Card>
      <Card title={t('securityTitle')}>
        <dl className="space-y-4">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('email')}</dt>
            <dd className="text-slate-900">{email}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('mfa')}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-3">
              {aal === 'aal2'
                ? <Badge tone="success"><ShieldCheck aria-hidden="true" className="mr-1 size-4" />{t('mfaActive')}</Badge>
                : <><Badge tone="neutral">{t('mfaInactive')}</Badge>
                  <ButtonLink href={withNext(routes.mfa, routes.profile)} variant="secondary" size="sm">{t('mfaSetUp')}</ButtonLink></>}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={t('passwordTitle')}>
        {passwordForm}
      </Card>
    </div>
  );
}
