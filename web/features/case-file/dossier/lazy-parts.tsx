'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

type LoadingKey = 'loadingChat' | 'loadingDocuments' | 'loadingReview';

const loading = (what: LoadingKey, height: string) => function Loading() {
  const t = useTranslations('caseFile.detail');
  return <div role="status"><span className="sr-only">{t(what)}</span><Skeleton className={height} /></div>;
};

// Loaded on demand, to keep the page's first load within budget: the chat and the documents when
// their tab is shown (or about to be: the tabs call importChat and importDocuments on a pointer or
// the focus); the review's forms (react-hook-form, zod) once the dossier says the staff member may act.
export const importChat = () => import('../chat/chat-panel');
export const importDocuments = () => import('../documents/documents-panel');
const importReviewActions = () => import('./review-actions');

export const ChatPanel = dynamic(importChat, { ssr: false, loading: loading('loadingChat', 'h-96') });
export const DocumentsPanel = dynamic(() => importDocuments().then((m) => m.DocumentsPanel), { ssr: false, loading: loading('loadingDocuments', 'h-64') });
export const ReviewActions = dynamic(() => importReviewActions().then((m) => m.ReviewActions), { ssr: false, loading: loading('loadingReview', 'h-48') });
