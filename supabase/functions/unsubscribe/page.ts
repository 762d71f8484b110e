// The small pages of the unsubscribe function, in the member's language (French unless their
// account says English): a confirmation with one button (GET), the result (POST), and the refusal
// of a link that is not valid. No script, nothing from elsewhere.
import { emailKindLabels } from '../_shared/contract/labels.ts';
import { emailKindLabelsEn } from '../_shared/contract/labels-en.ts';
import type { OptionalEmailKind } from '../_shared/unsubscribe-link.ts';

export type PageLanguage = 'fr' | 'en';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string) => value.replace(/[&<>"']/g, (char) => escapes[char]);

const words = {
  fr: {
    kind: (kind: OptionalEmailKind) => `« ${emailKindLabels[kind]} »`,
    confirmTitle: 'Se désabonner',
    confirm: (kind: string) =>
      `Vous ne recevrez plus les courriels ${kind}. Les notifications restent visibles dans l’application.`,
    button: 'Me désabonner',
    doneTitle: 'Désabonnement confirmé',
    done: (kind: string) => `Vous ne recevrez plus les courriels ${kind}.`,
    again: 'Vous pouvez les réactiver à tout moment dans votre profil, rubrique « Courriels ».',
    invalidTitle: 'Lien non valide',
    invalid: 'Ce lien de désabonnement n’est pas valide ou a expiré. Gérez vos courriels depuis votre profil CAPITUNE.',
    errorTitle: 'Service indisponible',
    error: 'Le désabonnement n’a pas pu être enregistré. Réessayez dans un instant.',
  },
  en: {
    kind: (kind: OptionalEmailKind) => `“${emailKindLabelsEn[kind]}”`,
    confirmTitle: 'Unsubscribe',
    confirm: (kind: string) => `You will no longer receive ${kind} emails. Notifications stay visible in the app.`,
    button: 'Unsubscribe me',
    doneTitle: 'Unsubscribed',
    done: (kind: string) => `You will no longer receive ${kind} emails.`,
    again: 'You can turn them back on at any time in your profile, under “Emails”.',
    invalidTitle: 'Invalid link',
    invalid: 'This unsubscribe link is not valid or has expired. Manage your emails from your CAPITUNE profile.',
    errorTitle: 'Service unavailable',
    error: 'Your unsubscribe request could not be saved. Please try again in a moment.',
  },
};

function frame(language: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} — CAPITUNE</title></head>
<body style="margin:0;padding:24px;background:#f9fafb;font-family:Arial,Helvetica,sans-serif;color:#111827;line-height:1.5">
<main style="max-width:480px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p style="font-weight:bold;color:#1d4ed8;margin:0 0 16px">CAPITUNE</p>
<h1 style="font-size:20px;margin:0 0 16px">${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** GET: asks before changing anything (mail scanners follow links; only a POST unsubscribes). */
export function confirmPage(kind: OptionalEmailKind, search: string, language: PageLanguage = 'fr'): string {
  const w = words[language];
  return frame(
    language,
    w.confirmTitle,
    `<p>${escape(w.confirm(w.kind(kind)))}</p>
<form method="post" action="${escape(search)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="min-height:44px;padding:12px 20px;background:#1d4ed8;color:#ffffff;border:0;border-radius:6px;font-size:16px;cursor:pointer">${
      escape(w.button)
    }</button>
</form>`,
  );
}

export function donePage(kind: OptionalEmailKind, language: PageLanguage = 'fr'): string {
  const w = words[language];
  return frame(
    language,
    w.doneTitle,
    `<p>${escape(w.done(w.kind(kind)))}</p>
<p>${escape(w.again)}</p>`,
  );
}

export function invalidPage(language: PageLanguage = 'fr'): string {
  return frame(language, words[language].invalidTitle, `<p>${escape(words[language].invalid)}</p>`);
}

export function errorPage(language: PageLanguage = 'fr'): string {
  return frame(language, words[language].errorTitle, `<p>${escape(words[language].error)}</p>`);
}
