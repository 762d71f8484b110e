/** The open document requests of a dossier by kind, the soonest due first when several ask the same. */
export function requestsByKind<T extends { document_kind: string | null; status: string; due_on: string | null }>(tasks: T[]): Map<string, T> {
  const byKind = new Map<string, T>();
  for (const task of tasks) {
    if (!task.document_kind || task.status !== 'open') continue;
    const known = byKind.get(task.document_kind);
    if (!known || (task.due_on !== null && (known.due_on === null || task.due_on < known.due_on))) byKind.set(task.document_kind, task);
  }
  return byKind;
}
