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

const byCode: Record<string, string> = {
  invalid_credentials: 'Adresse courriel ou mot de passe incorrect.',
  email_not_confirmed: 'Confirmez d’abord votre adresse : ouvrez le lien reçu par courriel.',
  user_banned: 'Ce compte est suspendu.',
  weak_password: 'Mot de passe trop faible : au moins 10 caractères, avec minuscule, majuscule et chiffre.',
  same_password: 'Choisissez un mot de passe différent de l’actuel.',
  user_already_exists: 'Un compte existe déjà avec cette adresse.',
  email_exists: 'Un compte existe déjà avec cette adresse.',
  signup_disabled: 'Les inscriptions sont fermées pour le moment.',
  otp_expired: 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.',
  flow_state_expired: 'Ce lien a expiré. Demandez-en un nouveau.',
  flow_state_not_found: 'Ce lien a déjà servi ou a été ouvert dans un autre navigateur.',
  mfa_verification_failed: 'Code incorrect. Vérifiez l’heure de votre téléphone et réessayez.',
  mfa_challenge_expired: 'Le délai est dépassé : saisissez le nouveau code affiché.',
  insufficient_aal: 'Confirmez d’abord votre identité avec votre code de double authentification.',
  session_not_found: 'Votre session a expiré. Connectez-vous de nouveau.',
  over_request_rate_limit: 'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
  over_email_send_rate_limit: 'Trop de courriels envoyés. Patientez avant d’en demander un autre.',
};

/** A French sentence for an error returned by Supabase Auth, by its stable code. */
export function authErrorMessage(raw: unknown): string {
  const error = asAuthLike(raw);
  if (error.code && byCode[error.code]) return byCode[error.code]!;
  if (error.status === 429) return byCode.over_request_rate_limit!;
  if (error.status === 0 || /fetch|network/i.test(error.message)) {
    return 'Connexion au service impossible. Vérifiez votre réseau et réessayez.';
  }
  return 'Une erreur est survenue. Réessayez dans un instant.';
}

export function authErrorCode(raw: unknown): string | undefined {
  return asAuthLike(raw).code;
}
