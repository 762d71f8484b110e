'use client';

import { ErrorPanel } from '@/components/layout/error-panel';

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="contenu" tabIndex={-1}>
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
