import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LegalPage } from '@/components/layout/legal-page';
import { PRIVACY_OFFICER, TERMS_VERSION } from '@/lib/terms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('privacy') };
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export default async function PrivacyPage() {
  const [t, legal] = await Promise.all([getTranslations('legal.privacy'), getTranslations('legal')]);
  return (
    <LegalPage title={t('title')} version={legal('version', { version: TERMS_VERSION })}>
      <p>{t('intro')}</p>
      <h2>{t('officerTitle')}</h2>
      <p>
        {PRIVACY_OFFICER.name} —{' '}
        <a href={`mailto:${PRIVACY_OFFICER.email}`}>{PRIVACY_OFFICER.email}</a>
      </p>
      <h2>{t('collectTitle')}</h2>
      <ul>
        <li>{t('collect1')}</li>
        <li>{t('collect2')}</li>
        <li>{t('collect3')}</li>
      </ul>
      <h2>{t('accessTitle')}</h2>
      <ul>
        <li>{t('access1')}</li>
        <li>{t('access2')}</li>
        <li>{t('access3')}</li>
      </ul>
      <h2>{t('rightsTitle')}</h2>
      <ul>
        <li>{t.rich('rights1', { strong })}</li>
        <li>{t.rich('rights2', { strong })}</li>
        <li>{t.rich('rights3', { strong })}</li>
        <li>{t('rights4')}</li>
      </ul>
      <h2>{t('emailsTitle')}</h2>
      <p>{t('emails')}</p>
    </LegalPage>
  );
}
