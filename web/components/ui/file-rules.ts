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

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return formatQuantity(bytes / (1024 * 1024), 'Mo', APP_LOCALE, { maximumFractionDigits: 1 });
  if (bytes >= 1024) return formatQuantity(Math.round(bytes / 1024), 'Ko');
  return formatQuantity(bytes, 'octets');
}

export function describeLimits({ accept, maxBytes }: FileRules): string {
  const types = accept.map((type) => LABELS[type] ?? type).join(', ');
  return `Formats acceptés : ${types}. Taille maximale : ${formatBytes(maxBytes)}.`;
}

/** Splits files into those that meet the rules and French messages for the others. */
export function checkFiles(files: readonly File[], rules: FileRules): { accepted: File[]; errors: string[] } {
  const accepted: File[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (!rules.accept.includes(file.type)) {
      errors.push(`« ${file.name} » : format non accepté. ${describeLimits(rules)}`);
    } else if (file.size > rules.maxBytes) {
      errors.push(`« ${file.name} » : fichier trop volumineux (${formatBytes(file.size)} ; maximum ${formatBytes(rules.maxBytes)}).`);
    } else if (file.size === 0) {
      errors.push(`« ${file.name} » : le fichier est vide.`);
    } else {
      accepted.push(file);
    }
  }
  return { accepted, errors };
}
