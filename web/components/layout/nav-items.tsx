import { Briefcase, FolderOpen, House, MessagesSquare, Shield, UserRound, Video, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { routes, type UserRole } from '@/lib/routes';

/** `label`: a key of the `nav` messages. */
export type NavItem = { href: string; label: 'dashboard' | 'inside' | 'live' | 'dossiers' | 'profile' | 'pro' | 'admin'; icon: LucideIcon; roles?: UserRole[] };

/** Sidebar entries; `roles` limits an entry to those roles (checked again by the server). */
export const NAV_ITEMS: NavItem[] = [
  { href: routes.dashboard, label: 'dashboard', icon: House },
  { href: routes.inside, label: 'inside', icon: MessagesSquare },
  { href: routes.live, label: 'live', icon: Video },
  { href: routes.dossiers, label: 'dossiers', icon: FolderOpen, roles: ['candidate'] },
  { href: routes.profile, label: 'profile', icon: UserRound },
  { href: routes.pro, label: 'pro', icon: Briefcase, roles: ['pro'] },
  { href: routes.admin, label: 'admin', icon: Shield, roles: ['admin'] },
];

export function navItemsFor(role: UserRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/** A sidebar entry as the signed-in layout hands it to the shell: its words, and its icon drawn on the server. */
export type NavEntry = { href: string; label: string; icon: ReactNode };

/** The role's entries in the page's language; their icons are server-rendered, so no icon code reaches the browser. */
export function navEntriesFor(role: UserRole, labels: Record<NavItem['label'], string>): NavEntry[] {
  return navItemsFor(role).map(({ href, label, icon: Icon }) => ({ href, label: labels[label], icon: <Icon aria-hidden="true" className="size-5" /> }));
}
