import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LegalPage } from '@/components/layout/legal-page';
import { TERMS_VERSION } from '@/lib/terms';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('terms') };
}

export default async function TermsPage() {
  const [t, legal] = await Promise.all([getTranslations('legal.terms'), getTranslations('legal')]);
  return (
    <LegalPage title={t('title')} version={legal('version', { version: TERMS_VERSION })}>
      <p>{t('intro')}</p>
      <h2>{t('accountTitle')}</h2>
      <ul>
        <li>{t('account1')}</li>
        <li>{t('account2')}</li>
        <li>{t('account3')}</li>
      </ul>
      <h2>{t('scopeTitle')}</h2>
      <ul>
        <li>{t('scope1')}</li>
        <li>{t('scope2')}</li>
        <li>{t('scope3')}</li>
      </ul>
      <h2>{t('contentTitle')}</h2>
      <ul>
        <li>{t('content1')}</li>
        <li>{t('content2')}</li>
      </ul>
      <h2>{t('retentionTitle')}</h2>
      <p>{t.rich('retention', { link: (chunks) => <Link href={routes.privacy}>{chunks}</Link> })}</p>
      <h2>{t('changesTitle')}</h2>
      <p>{t('changes')}</p>
    </LegalPage>
  );
}
