import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { fetchMemberPosts, fetchMemberProfile, MemberProfile } from '@/features/members';
import { requireViewer } from '@/lib/auth/viewer';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

type MemberPageProps = { params: Promise<{ id: string }> };

// Read once per request for both the title and the page.
const readMember = cache(async (memberId: string) => fetchMemberProfile(await createSupabaseServerClient(), memberId));

export async function generateMetadata({ params }: MemberPageProps): Promise<Metadata> {
  const { id } = await params;
  const meta = await getTranslations('meta');
  if (!isUuid(id)) return { title: meta('memberNotFound') };
  await requireViewer();
  const member = await readMember(id);
  return { title: member ? member.full_name : meta('memberNotFound') };
}

export default async function MemberPage({ params }: MemberPageProps) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [member, posts] = await Promise.all([readMember(id), fetchMemberPosts(await createSupabaseServerClient(), id)]);
  if (!member) notFound();
  return <MemberProfile member={member} posts={posts} self={member.id === viewer.id} />;
}
