import { cn } from './cn';

/** A placeholder block while content loads (decorative: the loading text is announced). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none', className)} />;
}
