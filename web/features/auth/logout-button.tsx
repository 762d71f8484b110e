'use client';

import { LogOut } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';
import { useAuthText } from './auth-text';

export function LogoutButton({ label, ...props }: Omit<ButtonProps, 'onClick'> & { label?: string }) {
  const router = useRouter();
  const text = useAuthText();
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
      <LogOut aria-hidden="true" className="size-4" />
      {label ?? text.signOut}
    </Button>
  );
}
