import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { PrivacySection } from '@/features/privacy/privacy-section';
import { ProfileSettings } from '@/features/profile/profile-settings';
import { requireViewer } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Profil' };

export default async function ProfilePage() {
  const viewer = await requireViewer();
  return (
    <>
      <PageHeader title="Mon profil" description="Ce que les autres membres voient de vous, et vos préférences." />
      <ProfileSettings
        initialProfile={{ id: viewer.id, full_name: viewer.fullName, avatar_path: viewer.avatarPath, bio: viewer.bio, role: viewer.role }}
        preferences={{ emailNotifications: viewer.emailNotifications, locale: viewer.locale }}
        email={viewer.email}
        aal={viewer.aal}
      />
      <PrivacySection />
    </>
  );
}
