'use client';

import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { cn, focusRing } from './cn';

type ToastTone = 'success' | 'info' | 'error';
type Toast = { id: number; tone: ToastTone; message: string };
type ToastApi = { success: (message: string) => void; info: (message: string) => void; error: (message: string) => void };

const ToastContext = createContext<ToastApi | null>(null);
// Confirmations leave on their own; errors stay until dismissed so nobody misses them.
const AUTO_DISMISS_MS = 6000;
let nextId = 1;

/** `closeLabel` names the close button in the reader's language (the layout passes it: no next-intl here). */
export function ToastProvider({ closeLabel, children }: { closeLabel: string; children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback((tone: ToastTone, message: string) => {
    const id = nextId++;
    setToasts((all) => [...all.slice(-3), { id, tone, message }]);
    if (tone !== 'error') setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
  }, [dismiss]);
  const api = useMemo<ToastApi>(() => ({
    success: (m) => push('success', m), info: (m) => push('info', m), error: (m) => push('error', m),
  }), [push]);

  const list = (tone: 'polite' | 'assertive') =>
    toasts.filter((t) => (t.tone === 'error') === (tone === 'assertive')).map((t) => (
      <div key={t.id} className={cn('pointer-events-auto flex items-start gap-3 rounded-md border p-3 shadow-md',
        t.tone === 'error' ? 'border-red-200 bg-red-50 text-red-900' : t.tone === 'success' ? 'border-green-200 bg-green-50 text-green-900' : 'border-slate-200 bg-white text-slate-900')}>
        <p className="flex-1 text-sm">{t.message}</p>
        <button type="button" onClick={() => dismiss(t.id)} className={cn('flex size-8 items-center justify-center rounded', focusRing)}>
          <X aria-hidden="true" className="size-4" /><span className="sr-only">{closeLabel}</span>
        </button>
      </div>
    ));

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col items-end gap-2 sm:left-auto sm:w-96">
        <div role="status" aria-live="polite" className="flex w-full flex-col gap-2">{list('polite')}</div>
        <div role="alert" aria-live="assertive" className="flex w-full flex-col gap-2">{list('assertive')}</div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() must be used under <ToastProvider>.');
  return api;
}
