/** React Query keys of profiles (public face: name, avatar, bio, role). */
export const profileKeys = {
  all: ['profile'] as const,
  detail: (userId: string) => [...profileKeys.all, userId] as const,
  emailPreferences: (userId: string) => [...profileKeys.all, userId, 'email-preferences'] as const,
  timeZone: (userId: string) => [...profileKeys.all, userId, 'time-zone'] as const,
  licenceNumber: (userId: string) => [...profileKeys.all, userId, 'licence-number'] as const,
};
