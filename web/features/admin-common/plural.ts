import { formatNumber } from '@/lib/format';

/** "1 membre", "3 membres" (French: 0 and 1 take the singular). */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${Math.abs(count) < 2 ? one : many}`;
}
