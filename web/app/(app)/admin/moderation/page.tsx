import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { ModerationQueue, MutedMembers } from '@/features/admin-moderation';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Modération · Administration' };

export default async function AdminModerationPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="moderation" title="Modération" description="Les contenus signalés dans Inside : conserver, retirer avec une raison, mettre l’auteur en sourdine, et lever une sourdine." />
      <ModerationQueue />
      <MutedMembers />
    </>
  );
}
