import type { ReactNode } from 'react';

/** The h1 of a signed-in page, with an optional lead and actions. */
export function PageHeader({ title, description, actions, titleTestId }: { title: string; description?: ReactNode; actions?: ReactNode; titleTestId?: string }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900" data-test={titleTestId}>{title}</h1>
        {description ? <p className="text-slate-700">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
