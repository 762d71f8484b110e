'use client';

import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { cn, focusRing } from './cn';
import { focusableWithin, trapTab } from './focus';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom (confirm, cancel…). */
  footer?: ReactNode;
  className?: string;
};

/**
 * A modal dialog: focus moves in on open (to `[data-autofocus]` or the first control), Tab stays
 * inside, Escape or the close button closes, and focus returns to what opened it.
 */
export function Dialog({ open, onClose, title, description, children, footer, className }: DialogProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    if (!panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const initial = panel.querySelector<HTMLElement>('[data-autofocus]') ?? focusableWithin(panel)[0] ?? panel;
    initial.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
      } else if (event.key === 'Tab') {
        trapTab(event, panel);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.body.style.overflow = overflow;
      opener?.focus();
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center p-4">
      <div aria-hidden="true" className="absolute inset-0 bg-slate-900/50" onClick={() => onCloseRef.current()} />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        className={cn('relative w-full max-w-lg rounded-lg bg-white p-6 shadow-xl focus:outline-none', className)}
      >
        <h2 id={titleId} className="pr-10 text-lg font-semibold text-slate-900">{title}</h2>
        {description ? <p id={descriptionId} className="mt-1 text-sm text-slate-600">{description}</p> : null}
        <div className="mt-4">{children}</div>
        {footer ? <div className="mt-6 flex flex-wrap justify-end gap-3">{footer}</div> : null}
        <button
          type="button"
          onClick={() => onCloseRef.current()}
          className={cn('absolute right-3 top-3 flex size-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100', focusRing)}
        >
          <X aria-hidden="true" className="size-5" />
          <span className="sr-only">Fermer</span>
        </button>
      </div>
    </div>,
    document.body,
  );
}
