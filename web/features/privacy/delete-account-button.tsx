'use client';

import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

// The erasure dialog (and its form library) loads when opened, not with the profile page.
const DeleteAccountDialog = lazy(() => import('./delete-account-dialog').then((m) => ({ default: m.DeleteAccountDialog })));

export function DeleteAccountButton({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} data-test="privacy-delete">{children}</Button>
      <Suspense fallback={null}>{open ? <DeleteAccountDialog onClose={() => setOpen(false)} /> : null}</Suspense>
    </>
  );
}
