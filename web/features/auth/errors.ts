type AuthLikeError = { code?: string; status?: number; message: string };

function asAuthLike(error: unknown): AuthLikeError {
  if (error && typeof error === 'object') {
    const { code, status, message } = error as Record<string, unknown>;
    return {
      code: typeof code === 'string' ? code : undefined,
      status: typeof status === 'number' ? status : undefined,
      message: typeof message === 'string' ? message : '',
    } as AuthLikeError;
  }
  return { message: String(error) };
}

// Codes with a sentence of their own in auth.errors (messages/); others get `unexpected`.
const KNOWN_CODES = new Set([
  'invalid_credentials', 'email_not_confirmed', 'user_banned', 'weak_password', 'same_password',
  'user_already_exists', 'email_exists', 'signup_disabled', 'otp_expired', 'flow_state_expired',
  'flow_state_not_found', 'mfa_verification_failed', 'mfa_challenge_expired', 'insufficient_aal',
  'session_not_found', 'over_request_rate_limit', 'over_email_send_rate_limit',
]);

/** The key (auth.errors) of the sentence for an error returned by Supabase Auth, by its stable code. */
export function authErrorKey(raw: unknown): string {
  const error = asAuthLike(raw);
  if (error.code && KNOWN_CODES.has(error.code)) return error.code;
  if (error.status === 429) return 'over_request_rate_limit';
  if (error.status === 0 || /fetch|network/i.test(error.message)) return 'network';
  return 'unexpected';
}

export function authErrorCode(raw: unknown): string | undefined {
  return asAuthLike(raw).code;
}
