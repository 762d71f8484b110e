'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';

/** Signs out and leaves for the login page. The server hands it its words, so no page ships the auth sentences for one label. */
export function LogoutButton({ label, ...props }: Omit<ButtonProps, 'onClick'> & { label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const logout = async () => {
    setPending(true);
    try {
      const [{ signOut }, supabase] = await Promise.all([import('./mutations'), loadSupabase()]);
      await signOut(supabase);
    } finally {
      // Leave either way; if Auth was unreachable the proxy still sees the session and says so.
      router.replace(routes.login);
      router.refresh();
    }
  };
  return (
    <Button variant="ghost" {...props} loading={pending} onClick={logout}>
      {/* Lucide's log-out outline (ISC licence) as plain SVG: this button sits on the public
          second-factor page, whose first load would otherwise carry lucide-react's runtime. */}
      <svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor"
        strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className="size-4">
        <path d="m16 17 5-5-5-5" /><path d="M21 12H9" /><path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
      </svg>
      {label}
    </Button>
  );
}
