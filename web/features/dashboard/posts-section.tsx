import Link from 'next/link';
import { RelativeTime } from '@/components/ui/local-time';
import { type FeedPost, postHeadline } from '@/features/inside';
import { insidePostPath, routes } from '@/lib/routes';
import { DashboardSection, SectionEmpty, SectionError } from './section';

/** The latest posts of Inside (plain text, never HTML). */
export function PostsSection({ posts }: { posts: FeedPost[] | null }) {
  return (
    <DashboardSection id="tableau-inside" testId="dashboard-posts" title="Dernières publications Inside" moreHref={routes.inside} moreLabel="Ouvrir Inside">
      {!posts ? <SectionError /> : posts.length === 0 ? (
        <SectionEmpty>La communauté attend sa première question. <Link href={routes.inside}>Publier dans Inside</Link></SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {posts.map((post) => (
            <li key={post.id} data-test="dashboard-post">
              <Link href={insidePostPath(post.id)} prefetch={false} className="font-medium">{postHeadline(post)}</Link>
              <p className="text-sm text-slate-600">
                {post.author_name} · <RelativeTime iso={post.created_at} /> · {post.comment_count} commentaire{post.comment_count > 1 ? 's' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
