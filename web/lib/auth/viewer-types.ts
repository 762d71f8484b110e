import type { UserRole } from '@/lib/routes';

/** The signed-in user as the server layouts hand it to client components (serialisable). */
export type Viewer = {
  id: string;
  email: string;
  aal: 'aal1' | 'aal2';
  role: UserRole;
  fullName: string;
  avatarPath: string | null;
  bio: string;
  locale: string;
  /** accounts.time_zone: the zone the member's due days and notifications are counted in. */
  timeZone: string;
};
