'use client';

import { createContext, type ReactNode, use, useEffect } from 'react';
import { Button } from '@/components/ui/button';

export type ErrorText = { title: string; text: string; reference: string; retry: string };

// The root layout gives the words in the request's language (messages `errors`): a context and
// plain strings, since the root boundary ships with every public page and carries no next-intl.
const ErrorTextContext = createContext<ErrorText | null>(null);

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

/** Body of error.tsx files: what happened in plain words, a retry, and the digest for support.
 * Kept free of icons and libraries: the root boundary ships with every public page. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const text = use(ErrorTextContext);
  useEffect(() => {
    // Logged to the console like any uncaught error, and seen by the signed-in shell's reporter.
    reportError(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  if (!text) return null;
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-12 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{text.title}</h1>
      <p className="text-slate-700">{text.text}</p>
      {digest ? <p className="text-sm text-slate-600">{text.reference} <code>{digest}</code></p> : null}
      <Button onClick={retry}>{text.retry}</Button>
    </div>
  );
}
