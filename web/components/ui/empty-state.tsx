import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

type EmptyStateProps = { icon?: LucideIcon; title: ReactNode; description?: ReactNode; action?: ReactNode; className?: string };

/** What a list shows when it has nothing yet: what it is, and the next thing to do. */
export function EmptyState({ icon: Icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center', className)}>
      {Icon ? <Icon aria-hidden="true" className="size-10 text-slate-500" /> : null}
      <p className="text-lg font-semibold text-slate-900">{title}</p>
      {description ? <p className="max-w-prose text-slate-600">{description}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
