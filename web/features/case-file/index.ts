export type { Message } from './chat/queries';
export { DossierDetail } from './dossier/dossier-detail';
export { DossierList } from './dossier/dossier-list';
export { parseDossierTab, PROGRAM_LABELS, STATUS_LABELS, STATUS_TONES, type DossierStatus } from './dossier/labels';
export { NewDossierForm } from './dossier/new-dossier-form';
export { dossierIdSchema } from './dossier/schema';
export { ProInbox } from './inbox/pro-inbox';
export { parseInboxFilter } from './inbox/schema';
export { refreshDossierLists } from './refresh-lists';
