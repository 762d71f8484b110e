'use client';

import { Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from './button';
import { cn } from './cn';
import { useDateLocale } from './date-locale';
import { formatBytes, formatNames, sortFiles, type FileRules } from './file-rules';

type FileDropZoneProps = FileRules & {
  label: string;
  hint?: string;
  multiple?: boolean;
  disabled?: boolean;
  buttonLabel?: string;
  /** Receives only files that pass the type and size rules. */
  onFiles: (files: File[]) => void;
};

/**
 * Drag-and-drop with a keyboard and pointer alternative (WCAG 2.5.7): the "Choose a file" button
 * opens the system file picker. Files are checked against type and size before `onFiles`.
 */
export function FileDropZone({ label, hint, accept, maxBytes, multiple = false, disabled = false, buttonLabel, onFiles }: FileDropZoneProps) {
  const t = useTranslations('caseFile.files');
  const locale = useDateLocale();
  const max = formatBytes(maxBytes, locale);
  const limits = t('limits', { types: formatNames(accept), max });
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();

  const receive = (list: FileList | null) => {
    const files = Array.from(list ?? []).slice(0, multiple ? undefined : 1);
    if (files.length === 0) return;
    const { accepted, refused } = sortFiles(files, { accept, maxBytes });
    const errors = refused.map(({ file, problem }) => t(problem, { name: file.name, size: formatBytes(file.size, locale), max, limits }));
    setError(errors.length > 0 ? errors.join(' ') : null);
    if (accepted.length > 0) onFiles(accepted);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) receive(event.dataTransfer.files);
  };

  return (
    <div className="space-y-2">
      <p id={labelId} className="text-sm font-medium text-slate-900">{label}</p>
      <div
        onDragOver={(event) => { event.preventDefault(); if (!disabled) setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-dragging={dragging || undefined}
        className={cn(
          'flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center',
          dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white',
        )}
      >
        <Upload aria-hidden="true" className="size-8 text-slate-500" />
        {/* No drag and drop on touch screens: the button is the way there. */}
        <p className="text-sm text-slate-700 pointer-coarse:hidden">{t('drop')}</p>
        <Button variant="secondary" disabled={disabled} aria-describedby={cn(hintId, error && errorId)} onClick={() => inputRef.current?.click()}>
          {buttonLabel ?? t('choose')}
        </Button>
        <p id={hintId} className="text-sm text-slate-600">{hint ?? limits}</p>
      </div>
      {/* The real picker, reached through the button (one tab stop, one accessible name). */}
      <input
        ref={inputRef}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        aria-labelledby={labelId}
        accept={accept.join(',')}
        multiple={multiple}
        disabled={disabled}
        onChange={(event) => { receive(event.currentTarget.files); event.currentTarget.value = ''; }}
      />
      {error ? <p id={errorId} role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
