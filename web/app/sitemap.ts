import type { MetadataRoute } from 'next';
import { PUBLIC_PAGES, siteOrigin } from '@/features/home';

/** /sitemap.xml: the public pages (everything else needs an account). */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  return PUBLIC_PAGES.map(({ path, priority, changeFrequency }) => ({ url: new URL(path, origin).toString(), priority, changeFrequency }));
}
