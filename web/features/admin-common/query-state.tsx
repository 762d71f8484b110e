import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { describeAdminError } from './functions';

/** What a list shows while its first page loads. */
export function LoadingRows({ label = 'Chargement…', rows = 4 }: { label?: string; rows?: number }) {
  return (
    <div role="status" className="space-y-3" data-test="admin-loading">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => <Skeleton key={index} className="h-12" />)}
    </div>
  );
}

/** A failed read: the reason in French and a retry. */
export function LoadError({ error, onRetry, title = 'Chargement impossible' }: { error: unknown; onRetry: () => void; title?: string }) {
  return (
    <Alert tone="danger" title={title} data-test="admin-error">
      <p>{describeAdminError(error)}</p>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>Réessayer</Button>
    </Alert>
  );
}
