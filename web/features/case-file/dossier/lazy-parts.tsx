'use client';

import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/skeleton';

const loading = (what: string, height: string) => function Loading() {
  return <div role="status"><span className="sr-only">Chargement {what}…</span><Skeleton className={height} /></div>;
};

// Loaded on demand, to keep the page's first load within budget: the chat and the documents with
// their tabs; the forms (react-hook-form, zod) once the dossier says the viewer may act.
export const importChat = () => import('../chat/chat-panel');
export const importDocuments = () => import('../documents/documents-panel');
export const importCandidateActions = () => import('./candidate-actions');
export const importReviewActions = () => import('./review-actions');

export const ChatPanel = dynamic(importChat, { ssr: false, loading: loading('de la conversation', 'h-96') });
export const DocumentsPanel = dynamic(() => importDocuments().then((m) => m.DocumentsPanel), { ssr: false, loading: loading('des documents', 'h-64') });
export const CandidateActions = dynamic(() => importCandidateActions().then((m) => m.CandidateActions), { ssr: false });
export const ReviewActions = dynamic(() => importReviewActions().then((m) => m.ReviewActions), { ssr: false, loading: loading("de l'examen", 'h-48') });
