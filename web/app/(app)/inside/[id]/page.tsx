import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { commentsOptions, fetchPost, insideMessages, PostDetail, postOptions } from '@/features/inside';
import { requireViewer } from '@/lib/auth/viewer';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

type PostPageProps = { params: Promise<{ id: string }> };

// Read once per request for both the title and the page.
const readPost = cache(async (postId: string) => fetchPost(await createSupabaseServerClient(), postId));

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const { id } = await params;
  const [meta, t] = await Promise.all([getTranslations('meta'), getTranslations('inside')]);
  if (!isUuid(id)) return { title: meta('postNotFound') };
  await requireViewer();
  const post = await readPost(id);
  return { title: post ? (post.title ?? t('postBy', { name: post.author_name })) : meta('postNotFound') };
}

export default async function PostPage({ params }: PostPageProps) {
  await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const post = await readPost(id);
  if (!post) notFound();

  const supabase = await createSupabaseServerClient();
  const queryClient = new QueryClient();
  queryClient.setQueryData(postOptions(id, async () => supabase).queryKey, post);
  const [messages] = await Promise.all([getMessages(), queryClient.prefetchQuery(commentsOptions(id, async () => supabase))]);

  return (
    <NextIntlClientProvider messages={insideMessages(messages)}>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostDetail postId={id} />
      </HydrationBoundary>
    </NextIntlClientProvider>
  );
}
