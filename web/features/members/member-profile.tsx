import { Heart, MessageSquare, PenLine } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime, RelativeTime } from '@/components/ui/local-time';
import { type FeedPost, postHeadline, staffRole } from '@/features/inside';
import { avatarUrl } from '@/features/profile';
import { insidePostPath, routes } from '@/lib/routes';
import type { Member } from './queries';

/** A member as the community sees them: who they are, then what they posted lately. */
export function MemberProfile({ member, posts, self }: { member: Member; posts: FeedPost[]; self: boolean }) {
  const t = useTranslations('inside');
  const staff = staffRole(member.role);
  return (
    <div className="space-y-6" data-test="member-profile">
      <section className="flex flex-wrap items-center gap-5">
        <Avatar src={avatarUrl(member.avatar_path)} name={member.full_name} size="lg" />
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{self ? t('memberPage.you', { name: member.full_name }) : member.full_name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            {staff ? <Badge tone="info">{t(`authorRole.${staff}`)}</Badge> : null}
            <span>{t.rich('memberPage.since', { date: () => <LocalTime iso={member.created_at} style="date" /> })}</span>
          </p>
        </div>
      </section>

      <Card title={t('memberPage.about')} headingLevel="h2">
        {member.bio.trim()
          ? <p className="whitespace-pre-line text-slate-800" data-test="member-bio">{member.bio}</p>
          : <p className="text-slate-600">{self ? t.rich('memberPage.noBioSelf', { link: (chunks) => <Link href={routes.profile}>{chunks}</Link> }) : t('memberPage.noBio')}</p>}
      </Card>

      <section aria-labelledby="member-posts-title" className="space-y-3">
        <h2 id="member-posts-title" className="text-lg font-semibold text-slate-900">{t('memberPage.posts')}</h2>
        {posts.length === 0 ? <EmptyState icon={PenLine} title={t('empty')} /> : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {posts.map((post) => (
              <li key={post.id} className="space-y-1 px-5 py-4" data-test="member-post">
                <Link href={insidePostPath(post.id)} prefetch={false} className="font-medium">{postHeadline(post)}</Link>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                  <span>{t(`category.${post.category}`)}</span>
                  <RelativeTime iso={post.created_at} />
                  <span className="inline-flex items-center gap-1"><Heart aria-hidden="true" className="size-4" />{t('memberPage.likes', { count: post.like_count })}</span>
                  <span className="inline-flex items-center gap-1">
                    <MessageSquare aria-hidden="true" className="size-4" />
                    {t('memberPage.comments', { count: post.comment_count })}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
