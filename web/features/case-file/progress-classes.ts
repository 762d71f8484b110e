import { cn } from '@/components/ui/cn';

/** A native <progress> in the brand colour (Chromium/WebKit and Firefox style it differently). */
export const progressClasses = (className?: string) =>
  cn(
    'h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200',
    '[&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700 [&::-moz-progress-bar]:bg-brand-700',
    className,
  );
