import { routes } from '@/lib/routes';

/**
 * After erasure: a full page load of the public home, so nothing of the former session stays in
 * memory (React Query's cache holds the member's data; a client-side navigation would keep it).
 */
export function leaveAfterErasure(): void {
  window.location.replace(routes.home);
}
