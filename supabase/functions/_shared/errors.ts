// Errors as JSON with a stable code (for code) and a French message (for people).
import { sentenceForDatabaseError, sentences, unavailableSqlState } from './contract/database-errors.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const errors = {
  invalidJson: () => new HttpError(400, 'invalid_json', 'Le corps de la requête n’est pas un JSON valide.'),
  invalidPayload: (details: unknown) =>
    new HttpError(400, 'invalid_payload', 'Les données envoyées sont invalides.', details),
  payloadTooLarge: () => new HttpError(413, 'payload_too_large', 'Le corps de la requête est trop volumineux.'),
  missingToken: () => new HttpError(401, 'missing_token', 'Authentification requise.'),
  invalidToken: () => new HttpError(401, 'invalid_token', 'Jeton d’accès invalide.'),
  tokenExpired: () => new HttpError(401, 'token_expired', 'Session expirée : reconnectez-vous.'),
  forbidden: (message = 'Accès refusé.') => new HttpError(403, 'forbidden', message),
  originNotAllowed: () => new HttpError(403, 'origin_not_allowed', 'Origine non autorisée.'),
  notFound: (message = 'Ressource introuvable.') => new HttpError(404, 'not_found', message),
  methodNotAllowed: () => new HttpError(405, 'method_not_allowed', 'Méthode non autorisée.'),
  upstreamFailed: (message: string) => new HttpError(502, 'upstream_failed', message),
  databaseUnavailable: () => new HttpError(503, 'database_unavailable', sentences.unavailable),
  configuration: () => new HttpError(500, 'configuration_error', 'Configuration du serveur incomplète.'),
  internal: () => new HttpError(500, 'internal_error', 'Erreur interne, réessayez plus tard.'),
};

type DatabaseErrorLike = { code: string; message: string; severity?: string; constraint_name?: string };

// SQLSTATE → HTTP status and code; the French sentence comes from the contract (ours as raised,
// one for Postgres's own English messages).
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
    return new HttpError(match.status, match.code, sentenceForDatabaseError(error.code, error.message), details);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && connectionCodes.has(code)) return errors.databaseUnavailable();
  if (error instanceof Deno.errors.ConnectionRefused) return errors.databaseUnavailable();
  return errors.internal();
}

export function errorBody(error: HttpError): { error: { code: string; message: string; details?: unknown } } {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
