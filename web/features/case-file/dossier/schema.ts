import * as z from 'zod/mini';
import {
  DESCRIPTION_MAX_LENGTH, DOSSIER_STATUSES, NOTE_MAX_LENGTH, PROGRAM_TYPES, TITLE_MAX_LENGTH,
  type DossierStatus, type ProgramType,
} from './labels';

// Mirrors dossiers_title_length / dossiers_description_length (the database checks again).
// Messages are keys of `validation`: the forms say them in the page's language.
export const newDossierSchema = z.object({
  programType: z.enum(PROGRAM_TYPES as [ProgramType, ...ProgramType[]], 'programMissing'),
  title: z.string().check(
    z.trim(),
    z.minLength(1, 'dossierTitleMissing'),
    z.maxLength(TITLE_MAX_LENGTH, 'dossierTitleTooLong'),
  ),
  description: z.string().check(z.maxLength(DESCRIPTION_MAX_LENGTH, 'descriptionTooLong')),
});

export type NewDossierValues = z.infer<typeof newDossierSchema>;

/** What the candidate may still change on a draft or a dossier sent back to them. */
export const dossierDetailsSchema = z.object({
  title: newDossierSchema.shape.title,
  description: newDossierSchema.shape.description,
});

export type DossierDetailsValues = z.infer<typeof dossierDetailsSchema>;

export const statusChangeSchema = z.object({
  toStatus: z.enum(DOSSIER_STATUSES as [DossierStatus, ...DossierStatus[]], 'statusMissing'),
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH, 'noteTooLong')),
});

export type StatusChangeValues = z.infer<typeof statusChangeSchema>;

/** Dossier ids are UUIDs; anything else in the URL is a page that does not exist. */
export const dossierIdSchema = z.guid();

