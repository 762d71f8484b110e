import { cn } from './cn';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

const sizes = { sm: 'size-9 text-sm', md: 'size-12 text-base', lg: 'size-24 text-2xl' } as const;

/** A member's picture, or their initials; decorative when the name is shown next to it. */
export function Avatar({ src, name, size = 'sm', decorative = true }: { src: string | null; name: string; size?: keyof typeof sizes; decorative?: boolean }) {
  const alt = decorative ? '' : `Photo de ${name}`;
  if (src) {
    // A plain img: avatars come from the Storage CDN, already sized by the uploader's choice.
    return <img src={src} alt={alt} className={cn('shrink-0 rounded-full object-cover', sizes[size])} />;
  }
  return (
    <span aria-hidden={decorative || undefined} role={decorative ? undefined : 'img'} aria-label={decorative ? undefined : alt}
      className={cn('inline-flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800', sizes[size])}>
      {initials(name)}
    </span>
  );
}
