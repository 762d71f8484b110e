'use client';

import { useLinkStatus } from 'next/link';
import { Spinner } from '@/components/ui/spinner';

/**
 * Inside a navigation link: while the page it leads to is on its way, a spinner, and the word
 * screen readers announce (the live region is always there, so its change is heard).
 */
export function LinkPending({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  return (
    <>
      {pending ? <Spinner className="ml-auto motion-reduce:animate-none" /> : null}
      <span role="status" className="sr-only">{pending ? label : ''}</span>
    </>
  );
}
