'use client';

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import { loadOnIntent } from '@/components/ui/load-on-intent';

export type TabItem<Id extends string> = {
  id: Id;
  label: ReactNode;
  panel: ReactNode;
  keepMounted?: boolean;
  /** Called when the pointer or the focus comes to the tab: its panel's code can load before the click. */
  onIntent?: () => unknown;
};

type TabsProps<Id extends string> = { label: string; tabs: TabItem<Id>[]; active: Id; onChange: (id: Id) => void };

/**
 * WAI-ARIA tabs: one tab stop, arrows (and Home/End) move between tabs and show them, each panel
 * labelled by its tab. Panels marked keepMounted stay in the page once shown (chat scroll kept).
 * A tab's onIntent runs when a pointer or the focus reaches it, before any click.
 */
export function Tabs<Id extends string>({ label, tabs, active, onChange }: TabsProps<Id>) {
  const prefix = useId();
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[next]!;
    onChange(target.id);
    buttons.current.get(target.id)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200">
        {tabs.map((tab, index) => {
          const selected = tab.id === active;
          return (
            <button
              key={tab.id}
              ref={(node) => { if (node) buttons.current.set(tab.id, node); else buttons.current.delete(tab.id); }}
              type="button"
              role="tab"
              id={`${prefix}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${prefix}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.id)}
              {...loadOnIntent(tab.onIntent)}
              onKeyDown={(event) => move(event, index)}
              data-test={`tab-${tab.id}`}
              className={cn(
                '-mb-px flex min-h-11 shrink-0 items-center gap-2 border-b-2 px-4 font-medium',
                selected ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-700 hover:text-slate-900',
                focusRing,
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${prefix}-panel-${tab.id}`}
          aria-labelledby={`${prefix}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="pt-6 focus:outline-none focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {tab.id === active || tab.keepMounted ? tab.panel : null}
        </div>
      ))}
    </div>
  );
}
