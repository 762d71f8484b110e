/**
 * Hands a file built in the browser to the user as a download (CSV exports, the personal data
 * export): a temporary object URL on a link with `download`, released right after the click.
 */
export function saveFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: the browser has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
