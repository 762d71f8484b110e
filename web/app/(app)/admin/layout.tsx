import type { ReactNode } from 'react';
import { AdminTextScope } from '@/features/admin-common';

// Words for the admin pages' client components, in the viewer's language. Not a guard: layouts
// render in parallel with pages, so every page checks the role itself.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <AdminTextScope>{children}</AdminTextScope>;
}
