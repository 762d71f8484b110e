import type { ReactNode } from 'react';
import { cn } from './cn';

type CardProps = {
  title?: ReactNode;
  description?: ReactNode;
  /** Heading level of the title, to keep the page outline right (default h2). */
  headingLevel?: 'h2' | 'h3';
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
};

export function Card({ title, description, headingLevel: Heading = 'h2', actions, className, children }: CardProps) {
  return (
    <section className={cn('rounded-lg border border-slate-200 bg-white p-5 shadow-sm', className)}>
      {title || actions ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            {title ? <Heading className="text-lg font-semibold text-slate-900">{title}</Heading> : null}
            {description ? <p className="text-sm text-slate-600">{description}</p> : null}
          </div>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
