import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Security headers for every response; the Supabase session lives in cookies, so no framing.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds of this app (e.g. for different Supabase URLs, which are inlined
  // at build time) live side by side; the default is Next's own `.next`. (Next adds the folder's
  // types to tsconfig.json's include when it builds there: leave that change out of commits.)
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // npm workspaces hoist packages to the repository root: trace and bundle from there.
  turbopack: { root: path.resolve(process.cwd(), '..') },
  outputFileTracingRoot: path.resolve(process.cwd(), '..'),
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl finds the request's locale and messages in i18n/request.ts. Precompiled messages
// (ICU parsed at build time) keep the ICU parser out of the signed-in pages' first load.
export default createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig);
