'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

/** Body of error.tsx files: what happened in plain words, a retry, and the digest for support.
 * Kept free of icons and libraries: the root boundary ships with every public page. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // Logged to the console like any uncaught error, and seen by the signed-in shell's reporter.
    reportError(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-12 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Un problème est survenu</h1>
      <p className="text-slate-700">Cette page n&apos;a pas pu s&apos;afficher. Réessayez ; si le problème persiste, revenez un peu plus tard.</p>
      {digest ? <p className="text-sm text-slate-600">Référence : <code>{digest}</code></p> : null}
      <Button onClick={retry}>Réessayer</Button>
    </div>
  );
}
