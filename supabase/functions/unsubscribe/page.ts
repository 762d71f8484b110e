// The small French pages of the unsubscribe function: a confirmation with one button (GET), the
// result (POST), and the refusal of a link that is not valid. No script, nothing from elsewhere.
import { emailKindLabels } from '../_shared/contract/labels.ts';
import type { OptionalEmailKind } from '../_shared/unsubscribe-link.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string) => value.replace(/[&<>"']/g, (char) => escapes[char]);

function frame(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
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

const kindName = (kind: OptionalEmailKind) => `« ${emailKindLabels[kind]} »`;

/** GET: asks before changing anything (mail scanners follow links; only a POST unsubscribes). */
export function confirmPage(kind: OptionalEmailKind, search: string): string {
  return frame(
    'Se désabonner',
    `<p>Vous ne recevrez plus les courriels ${
      escape(kindName(kind))
    }. Les notifications restent visibles dans l’application.</p>
<form method="post" action="${escape(search)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="min-height:44px;padding:12px 20px;background:#1d4ed8;color:#ffffff;border:0;border-radius:6px;font-size:16px;cursor:pointer">Me désabonner</button>
</form>`,
  );
}

export function donePage(kind: OptionalEmailKind): string {
  return frame(
    'Désabonnement confirmé',
    `<p>Vous ne recevrez plus les courriels ${escape(kindName(kind))}.</p>
<p>Vous pouvez les réactiver à tout moment dans votre profil, rubrique « Courriels ».</p>`,
  );
}

export function invalidPage(): string {
  return frame(
    'Lien non valide',
    '<p>Ce lien de désabonnement n’est pas valide ou a expiré. Gérez vos courriels depuis votre profil CAPITUNE.</p>',
  );
}

export function errorPage(): string {
  return frame(
    'Service indisponible',
    '<p>Le désabonnement n’a pas pu être enregistré. Réessayez dans un instant.</p>',
  );
}
