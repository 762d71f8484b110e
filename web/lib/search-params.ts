/** What Next.js passes a page as `searchParams` (awaited). */
export type SearchParams = Record<string, string | string[] | undefined>;
export type PageSearchParams = { searchParams: Promise<SearchParams> };

/** The first value of a query parameter, or undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
