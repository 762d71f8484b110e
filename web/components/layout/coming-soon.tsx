import type { LucideIcon } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from './page-header';

/** A section whose screens are not built yet: says so plainly. */
export function ComingSoon({ title, description, icon, emptyTitle, emptyText }: { title: string; description: string; icon: LucideIcon; emptyTitle: string; emptyText: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title={emptyTitle} description={emptyText} />
    </>
  );
}
