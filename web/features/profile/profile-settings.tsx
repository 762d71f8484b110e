'use client';

import { ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { withNext } from '@/lib/redirect';
import { memberPath, routes } from '@/lib/routes';
import { AvatarUpload } from './avatar-upload';
import { EmailPreferencesForm } from './email-preferences-form';
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
  const { data: profile = initialProfile } = useProfile(initialProfile.id, initialProfile);
  return (
    <div className="grid max-w-3xl gap-6">
      <Card title="Photo de profil" description="JPEG, PNG ou WebP, 2 Mo au maximum.">
        <AvatarUpload profile={profile} />
      </Card>
      <Card title="Informations publiques"
        actions={<ButtonLink href={memberPath(profile.id)} variant="secondary" size="sm" data-test="profile-member-page">Voir ma page Inside</ButtonLink>}>
        <ProfileForm profile={profile} />
      </Card>
      <Card title="Préférences">
        {preferencesForm}
      </Card>
      <Card title="Fuseau horaire">
        <TimeZoneForm userId={initialProfile.id} />
      </Card>
      <Card title="Courriels" description="Les courriels de sécurité et de gestion du compte ne peuvent pas être désactivés.">
        <EmailPreferencesForm userId={initialProfile.id} />
      </Card>
      <Card title="Sécurité">
        <dl className="space-y-4">
          <div>
            <dt className="text-sm font-medium text-slate-600">Adresse courriel</dt>
            <dd className="text-slate-900">{email}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">Double authentification</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-3">
              {aal === 'aal2'
                ? <Badge tone="success"><ShieldCheck aria-hidden="true" className="mr-1 size-4" />Active pour cette session</Badge>
                : <><Badge tone="neutral">Non vérifiée pour cette session</Badge>
                  <ButtonLink href={withNext(routes.mfa, routes.profile)} variant="secondary" size="sm">Configurer</ButtonLink></>}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title="Mot de passe">
        {passwordForm}
      </Card>
    </div>
  );
}
