import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useAdminText, useDescribeAdminError } from './admin-text';

/** What a list shows while its first page loads. */
export function LoadingRows({ label, rows = 4 }: { label?: string; rows?: number }) {
  const text = useAdminText().admin.common;
  return (
    <div role="status" className="space-y-3" data-test="admin-loading">
      <span className="sr-only">{label ?? text.loading}</span>
      {Array.from({ length: rows }, (_, index) => <Skeleton key={index} className="h-12" />)}
    </div>
  );
}

/** A failed read: the reason and a retry. */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry: () => void; title?: string }) {
  const text = useAdminText().admin.common;
  const describe = useDescribeAdminError();
  return (
    <Alert tone="danger" title={title ?? text.loadError} data-test="admin-error">
      <p>{describe(error)}</p>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>{text.retry}</Button>
    </Alert>
  );
}
