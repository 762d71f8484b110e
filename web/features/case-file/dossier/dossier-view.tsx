'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { useViewer } from '@/components/providers/viewer-context';
import { ConsultantCard } from '../chat/consultant-card';
import { useDossierLive } from '../chat/use-dossier-live';
import { useMarkRead, useUnreadCount } from '../chat/use-unread';
import { CandidateActions } from './candidate-actions';
import { ChecklistCard } from './checklist-card';
import { DossierSummary } from './dossier-summary';
import { Tabs } from './dossier-tabs';
import type { DossierTab } from './labels';
import { ChatPanel, DocumentsPanel, importChat, importDocuments, ReviewActions } from './lazy-parts';
import type { Dossier } from './queries';
import { DossierNextStep } from '../next-step/dossier-next-step';
import { StatusBadge } from './status-badge';
import { UnreadCount } from './unread-badge';
import { StatusGuide } from './status-guide';
import { StatusTimeline } from './status-timeline';
import { TasksCard } from '../tasks/tasks-card';

/** A loaded dossier: header and actions, then its overview, documents and chat as tabs. */
export function DossierView({ dossier, initialTab }: { dossier: Dossier; initialTab: DossierTab }) {
  const t = useTranslations('caseFile.detail');
  const labels = useTranslations('labels');
  const viewer = useViewer();
  const [tab, setTab] = useState<DossierTab>(initialTab);
  const [chatOpened, setChatOpened] = useState(initialTab === 'messages');
  const unread = useUnreadCount(dossier.id, viewer.id);
  const markRead = useMarkRead(dossier.id, viewer.id);
  const { mutate: markAsRead } = markRead;
  const chatVisible = tab === 'messages';
  const isCandidate = dossier.candidate_id === viewer.id;
  const isStaff = viewer.role === 'admin' || (viewer.role === 'pro' && dossier.pro_id === viewer.id);
  const readNow = useCallback(() => markAsRead(), [markAsRead]);
  useDossierLive(dossier.id, viewer.id, { chatVisible, onMarkRead: readNow });

  // Read receipts: what others sent is read once the chat is in front of the viewer.
  const unreadCount = unread.data ?? 0;
  const receiptFailed = markRead.isError;
  useEffect(() => {
    if (!chatVisible || unreadCount === 0 || receiptFailed) return;
    const read = () => {
      if (document.visibilityState === 'visible') readNow();
    };
    read();
    document.addEventListener('visibilitychange', read);
    return () => document.removeEventListener('visibilitychange', read);
  }, [chatVisible, unreadCount, receiptFailed, readNow]);

  const show = (next: DossierTab) => {
    setTab(next);
    if (next === 'messages') setChatOpened(true);
    // The tab is part of the address (shareable, kept on reload), without a server round trip.
    const url = new URL(window.location.href);
    url.searchParams.set('onglet', next);
    window.history.replaceState(window.history.state, '', url);
  };

  const names: Record<string, string> = {};
  if (dossier.candidate) names[dossier.candidate.id] = dossier.candidate.full_name;
  if (dossier.pro) names[dossier.pro.id] = dossier.pro.full_name;

  return (
    <div data-test="dossier-detail" data-dossier-id={dossier.id}>
      <PageHeader
        title={dossier.title}
        titleTestId="dossier-title"
        description={<span className="flex flex-wrap items-center gap-2"><StatusBadge status={dossier.status} /><Badge>{labels(`program.${dossier.program_type}`)}</Badge></span>}
        actions={isCandidate ? <CandidateActions dossier={dossier} /> : undefined}
      />
      <Tabs<DossierTab>
        label={t('sections')}
        active={tab}
        onChange={show}
        tabs={[
          {
            id: 'apercu',
            label: t('overview'),
            panel: (
              <div className="grid gap-6 xl:grid-cols-5">
                <div className="space-y-6 xl:col-span-3">
                  <h2 className="sr-only">{t('overview')}</h2>
                  <DossierNextStep dossier={dossier} as={isCandidate ? 'candidate' : viewer.role === 'admin' ? 'admin' : 'pro'} onOpenTab={show} />
                  <StatusGuide status={dossier.status} forStaff={!isCandidate} />
                  <DossierSummary dossier={dossier} />
                  {isStaff ? <ReviewActions key={dossier.status} dossier={dossier} /> : null}
                  <TasksCard dossierId={dossier.id} viewerId={viewer.id} isStaff={isStaff} canCreate={dossier.status !== 'closed'} />
                  <StatusTimeline dossierId={dossier.id} />
                </div>
                {/* The checklist first on phones, beside the rest from xl on. */}
                <div className="order-first space-y-6 xl:order-none xl:col-span-2">
                  <ChecklistCard dossierId={dossier.id} />
                  <ConsultantCard proId={dossier.pro_id} forCandidate={isCandidate} />
                </div>
              </div>
            ),
          },
          {
            id: 'documents',
            label: t('documents'),
            onIntent: importDocuments,
            panel: (
              <>
                <h2 className="sr-only">{t('documents')}</h2>
                <DocumentsPanel dossierId={dossier.id} viewerId={viewer.id} canUpload={isCandidate && dossier.status !== 'closed'} canReview={isStaff} />
              </>
            ),
          },
          {
            id: 'messages',
            label: (
              <>
                {t('messages')}
                {unreadCount > 0 && !chatVisible ? (
                  <UnreadCount count={unreadCount} />
                ) : null}
              </>
            ),
            keepMounted: chatOpened,
            onIntent: importChat,
            panel: (
              <>
                <h2 className="sr-only">{t('messages')}</h2>
                <ChatPanel dossierId={dossier.id} viewerId={viewer.id} names={names} />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
