import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';

type SectionProps = { id: string; title: string; moreHref: string; moreLabel: string; children: ReactNode; testId: string };

/** A block of the signed-in home: a titled card with a link to the full page. */
export function DashboardSection({ id, title, moreHref, moreLabel, children, testId }: SectionProps) {
  return (
    <section aria-labelledby={id} data-test={testId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold text-slate-900">{title}</h2>
        <Link href={moreHref} className="inline-block py-1 text-sm">{moreLabel}</Link>
      </div>
      <div className="flex-1">{children}</div>
    </section>
  );
}

/** One block failed to load: the others still show. */
export async function SectionError() {
  const t = await getTranslations('dashboard');
  return <Alert tone="warning">{t('sectionError')}</Alert>;
}

/** A short empty line with the next thing to do. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return <p className="text-slate-700">{children}</p>;
}
