import { Alert } from '@/components/ui/alert';

const COPY = {
  post: {
    hidden: 'Publication masquée',
    removed: 'Publication retirée par la modération',
    pending: 'Des membres l’ont signalée : elle reste invisible pour les autres en attendant la décision d’un modérateur.',
    still: 'Seuls son auteur et l’équipe de modération la voient encore.',
  },
  comment: {
    hidden: 'Commentaire masqué',
    removed: 'Commentaire retiré par la modération',
    pending: 'Des membres l’ont signalé : il reste invisible pour les autres en attendant la décision d’un modérateur.',
    still: 'Seuls son auteur et l’équipe de modération le voient encore.',
  },
} as const;

/** Content that moderation hid, said plainly (not by colour), with the reason when one was given. */
export function HiddenNotice({ what, removalReason }: { what: 'post' | 'comment'; removalReason?: string | null }) {
  const copy = COPY[what];
  return (
    <Alert tone="warning" title={removalReason ? copy.removed : copy.hidden} data-test="hidden-notice">
      {removalReason ? `Raison : ${removalReason}. ${copy.still}` : copy.pending}
    </Alert>
  );
}
