import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';

/** Content that moderation hid, said plainly (not by colour), with the reason when one was given. */
export function HiddenNotice({ what, removalReason }: { what: 'post' | 'comment'; removalReason?: string | null }) {
  const t = useTranslations('inside.hidden');
  return (
    <Alert tone="warning" title={removalReason ? t(`${what}Removed`) : t(`${what}Hidden`)} data-test="hidden-notice">
      {removalReason ? t(`${what}Still`, { reason: removalReason }) : t(`${what}Pending`)}
    </Alert>
  );
}
