import type { ReactNode } from 'react';

/** Reading layout of the terms and the privacy notice (`version`: the line under the title, already worded). */
export function LegalPage({ title, version, children }: { title: string; version: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_li]:mt-1 [&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-sm text-slate-600">{version}</p>
      {children}
    </article>
  );
}
