import { APP_LOCALE, formatQuantity } from '@/lib/format';

export type FileRules = {
  /** Accepted MIME types, e.g. ['image/jpeg', 'image/png']. */
  accept: readonly string[];
  /** Largest accepted size in bytes. */
  maxBytes: number;
};

const LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'application/pdf': 'PDF',
  'image/heic': 'HEIC', 'application/msword': 'Word (.doc)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.ms-excel': 'Excel (.xls)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (.odt)',
};

const UNITS = { fr: ['Mo', 'Ko', 'octets'], en: ['MB', 'KB', 'bytes'] } as const;

/** « 2,5 Mo », "2.5 MB". */
export function formatBytes(bytes: number, locale: string = APP_LOCALE): string {
  const [mega, kilo, unit] = UNITS[locale.startsWith('en') ? 'en' : 'fr'];
  if (bytes >= 1024 * 1024) return formatQuantity(bytes / (1024 * 1024), mega, locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024) return formatQuantity(Math.round(bytes / 1024), kilo, locale);
  return formatQuantity(bytes, unit, locale);
}

/** The accepted formats by their common names: « PNG, JPEG ». */
export function formatNames(accept: readonly string[]): string {
  return accept.map((type) => LABELS[type] ?? type).join(', ');
}

export type FileProblem = 'badType' | 'tooLarge' | 'empty';

/** Splits files into those that meet the rules and the others, each with its problem. */
export function sortFiles(files: readonly File[], rules: FileRules): { accepted: File[]; refused: { file: File; problem: FileProblem }[] } {
  const accepted: File[] = [];
  const refused: { file: File; problem: FileProblem }[] = [];
  for (const file of files) {
    const problem = !rules.accept.includes(file.type) ? 'badType' : file.size > rules.maxBytes ? 'tooLarge' : file.size === 0 ? 'empty' : null;
    if (problem) refused.push({ file, problem });
    else accepted.push(file);
  }
  return { accepted, refused };
}

export function describeLimits({ accept, maxBytes }: FileRules): string {
  return `Formats acceptés : ${formatNames(accept)}. Taille maximale : ${formatBytes(maxBytes)}.`;
}

/**
 * sortFiles with French messages. The drop zone words its refusals from the messages files in the
 * reader's language; this stays for documents/schema.test.ts until that test moves to sortFiles.
 */
export function checkFiles(files: readonly File[], rules: FileRules): { accepted: File[]; errors: string[] } {
  const { accepted, refused } = sortFiles(files, rules);
  const errors = refused.map(({ file, problem }) => ({
    badType: `« ${file.name} » : format non accepté. ${describeLimits(rules)}`,
    tooLarge: `« ${file.name} » : fichier trop volumineux (${formatBytes(file.size)} ; maximum ${formatBytes(rules.maxBytes)}).`,
    empty: `« ${file.name} » : le fichier est vide.`,
  })[problem]);
  return { accepted, errors };
}
