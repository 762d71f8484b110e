import type fr from '@/messages/fr.json';

/** The message tree; French is the reference every other language must match (i18n/messages.test.ts). */
export type Messages = typeof fr;
