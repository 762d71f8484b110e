import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RelativeTime } from '@/components/ui/local-time';
import { type FeedPost, postHeadline } from '@/features/inside';
import { insidePostPath, routes } from '@/lib/routes';
import { DashboardSection, SectionEmpty, SectionError } from './section';

/** The latest posts of Inside (plain text, never HTML). */
export async function PostsSection({ posts }: { posts: FeedPost[] | null }) {
  const t = await getTranslations('dashboard');
  return (
    <DashboardSection id="tableau-inside" testId="dashboard-posts" title={t('postsTitle')} moreHref={routes.inside} moreLabel={t('openInside')}>
      {!posts ? <SectionError /> : posts.length === 0 ? (
        <SectionEmpty>{t('noPosts')} <Link href={routes.inside}>{t('postInside')}</Link></SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {posts.map((post) => (
            <li key={post.id} data-test="dashboard-post">
              <Link href={insidePostPath(post.id)} prefetch={false} className="font-medium">{postHeadline(post)}</Link>
              <p className="text-sm text-slate-600">
                {post.author_name} · <RelativeTime iso={post.created_at} /> · {t('comments', { count: post.comment_count })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
