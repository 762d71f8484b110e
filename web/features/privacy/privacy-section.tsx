import { Download, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { PRIVACY_OFFICER } from '@/lib/terms';
import { DeleteAccountButton } from './delete-account-button';
import { DownloadDataButton } from './download-data-button';

/**
 * The member's rights over their data (Law 25 / PIPEDA): a copy of it, and erasure. Rendered on
 * the server; only the two buttons are client code (the profile page's first load is tight).
 */
export function PrivacySection() {
  const t = useTranslations('privacy');
  return (
    <div className="mt-6 grid max-w-3xl grid-cols-1 gap-6" data-test="privacy-section">
      <Card title={t('dataTitle')} description={t('dataText')}>
        <DownloadDataButton><Download aria-hidden="true" className="size-4" />{t('download')}</DownloadDataButton>
        <p className="mt-3 text-sm text-slate-600">
          {t('downloadHint')}<a href={`mailto:${PRIVACY_OFFICER.email}`}>{t('officer', { name: PRIVACY_OFFICER.name })}</a>.
        </p>
      </Card>
      <Card title={t('deleteTitle')} description={t('deleteText')}>
        <DeleteAccountButton><Trash2 aria-hidden="true" className="size-4" />{t('deleteOpen')}</DeleteAccountButton>
      </Card>
    </div>
  );
}
