import type { MetadataRoute } from 'next';
import { PRIVATE_PREFIXES, siteOrigin } from '@/features/home';

/** /robots.txt: crawl the public pages, skip the signed-in area and technical paths. */
export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: PRIVATE_PREFIXES }],
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
