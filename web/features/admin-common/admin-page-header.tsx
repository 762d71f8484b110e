import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { AdminNav, type AdminSection } from './admin-nav';

/** Top of every admin page: the section tabs, then the page's h1. */
export function AdminPageHeader({ section, title, description, actions }: { section: AdminSection; title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <>
      <AdminNav current={section} />
      <PageHeader title={title} description={description} actions={actions} titleTestId="admin-title" />
    </>
  );
}
