// Errors as JSON with a stable code (for code) and a message in the caller's language (for people).
import { sentenceForDatabaseError, sentences, unavailableSqlState } from './contract/database-errors.ts';
import type { Language, Sentence } from './contract/language.ts';

export class HttpError extends Error {
  /** `sentence` in both languages; the Error's own message is the French one, for logs. */
  constructor(
    readonly status: number,
    readonly code: string,
    readonly sentence: Sentence,
    readonly details?: unknown,
  ) {
    super(sentence.fr);
    this.name = 'HttpError';
  }
}

export const errors = {
  invalidJson: () =>
    new HttpError(400, 'invalid_json', {
      fr: 'Le corps de la requête n’est pas un JSON valide.',
      en: 'The request body is not valid JSON.',
    }),
  invalidPayload: (details: unknown) =>
    new HttpError(400, 'invalid_payload', { fr: 'Les données envoyées sont invalides.', en: 'The data sent is invalid.' }, details),
  payloadTooLarge: () =>
    new HttpError(413, 'payload_too_large', { fr: 'Le corps de la requête est trop volumineux.', en: 'The request body is too large.' }),
  missingToken: () => new HttpError(401, 'missing_token', { fr: 'Authentification requise.', en: 'Please sign in.' }),
  invalidToken: () => new HttpError(401, 'invalid_token', { fr: 'Jeton d’accès invalide.', en: 'Invalid access token.' }),
  tokenExpired: () =>
    new HttpError(401, 'token_expired', { fr: 'Session expirée : reconnectez-vous.', en: 'Your session has expired: sign in again.' }),
  forbidden: (sentence: Sentence = { fr: 'Accès refusé.', en: 'Access denied.' }) => new HttpError(403, 'forbidden', sentence),
  originNotAllowed: () => new HttpError(403, 'origin_not_allowed', { fr: 'Origine non autorisée.', en: 'Origin not allowed.' }),
  notFound: (sentence: Sentence = { fr: 'Ressource introuvable.', en: 'Not found.' }) => new HttpError(404, 'not_found', sentence),
  methodNotAllowed: () => new HttpError(405, 'method_not_allowed', { fr: 'Méthode non autorisée.', en: 'Method not allowed.' }),
  upstreamFailed: (sentence: Sentence) => new HttpError(502, 'upstream_failed', sentence),
  databaseUnavailable: () => new HttpError(503, 'database_unavailable', sentences.unavailable),
  configuration: () =>
    new HttpError(500, 'configuration_error', {
      fr: 'Configuration du serveur incomplète.',
      en: 'The server’s configuration is incomplete.',
    }),
  internal: () =>
    new HttpError(500, 'internal_error', { fr: 'Erreur interne, réessayez plus tard.', en: 'Internal error. Try again later.' }),
};

type DatabaseErrorLike = { code: string; message: string; severity?: string; constraint_name?: string };

// SQLSTATE → HTTP status and code; the sentence comes from the contract (ours as raised, one in
// each language for Postgres's own English messages).
const httpBySqlState: { pattern: RegExp; status: number; code: string }[] = [
  { pattern: /^42501$/, status: 403, code: 'forbidden' },
  { pattern: /^P0002$/, status: 404, code: 'not_found' },
  { pattern: /^PT429$/, status: 429, code: 'rate_limited' },
  { pattern: /^(55000|23505)$/, status: 409, code: 'conflict' },
  { pattern: /^2[23]/, status: 400, code: 'invalid_request' },
  { pattern: /^57014$/, status: 504, code: 'timeout' },
];

function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  const e = error as Partial<DatabaseErrorLike> | null;
  return typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Any thrown value as an HttpError: database errors by SQLSTATE, unknown errors as 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isDatabaseError(error)) {
    if (unavailableSqlState.test(error.code)) return errors.databaseUnavailable();
    const match = httpBySqlState.find((state) => state.pattern.test(error.code));
    if (!match) return errors.internal();
    const details = error.constraint_name ? { constraint: error.constraint_name } : undefined;
    const sentence = { fr: sentenceForDatabaseError(error.code, error.message, 'fr'), en: sentenceForDatabaseError(error.code, error.message, 'en') };
    return new HttpError(match.status, match.code, sentence, details);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && connectionCodes.has(code)) return errors.databaseUnavailable();
  if (error instanceof Deno.errors.ConnectionRefused) return errors.databaseUnavailable();
  return errors.internal();
}

/** The JSON body of a refusal, its message in `language`. */
export function errorBody(error: HttpError, language: Language): { error: { code: string; message: string; details?: unknown } } {
  return {
    error: {
      code: error.code,
      message: error.sentence[language],
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
