import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { routes } from '@/lib/routes';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { unsubscribeAction } from './actions';
import { linkFromParams, optionalKindOf, outcomeFromParams } from './link';

/**
 * The page an email's unsubscribe line opens: it says which emails will stop and asks. Only the
 * button's POST changes anything, since mail scanners open every link of an email.
 */
export async function UnsubscribeCard({ params }: { params: SearchParams }) {
  const [t, labels] = await Promise.all([getTranslations('unsubscribe'), getTranslations('labels.emailKind')]);
  const link = linkFromParams(params);
  const outcome = outcomeFromParams(params);
  const profileLink = <Link href={routes.profile}>{t('profile')}</Link>;

  if (outcome === 'done' && link === null) {
    const kind = optionalKindOf(firstParam(params.kind));
    return (
      <AuthCard title={t('doneTitle')} footer={profileLink}>
        <div className="space-y-4 text-slate-700" data-test="unsubscribe-done">
          {kind ? <p>{t('done', { kind: labels(kind) })}</p> : null}
          <p>{t('again')}</p>
        </div>
      </AuthCard>
    );
  }
  if (!link) {
    return (
      <AuthCard title={t('invalidTitle')} footer={profileLink}>
        <p className="text-slate-700" data-test="unsubscribe-invalid">{t('invalid')}</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('title')}>
      <form action={unsubscribeAction} className="space-y-5" data-test="unsubscribe-form">
        {outcome === 'error' ? <Alert tone="danger">{t('error')}</Alert> : null}
        <p className="text-slate-700">{t('confirm', { kind: labels(link.kind) })}</p>
        <input type="hidden" name="token" value={link.token} />
        <input type="hidden" name="kind" value={link.kind} />
        <button type="submit" className={buttonClasses('primary', 'md', 'w-full')} data-test="unsubscribe-confirm">{t('button')}</button>
      </form>
    </AuthCard>
  );
}
