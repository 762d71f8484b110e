import { Briefcase, FolderOpen, House, MessagesSquare, Shield, UserRound, Video, type LucideIcon } from 'lucide-react';
import { routes, type UserRole } from '@/lib/routes';

export type NavItem = { href: string; label: string; icon: LucideIcon; roles?: UserRole[] };

/** Sidebar entries; `roles` limits an entry to those roles (checked again by the server). */
export const NAV_ITEMS: NavItem[] = [
  { href: routes.dashboard, label: 'Accueil', icon: House },
  { href: routes.inside, label: 'Inside', icon: MessagesSquare },
  { href: routes.live, label: 'Live', icon: Video },
  { href: routes.dossiers, label: 'Mon dossier', icon: FolderOpen, roles: ['candidate'] },
  { href: routes.profile, label: 'Profil', icon: UserRound },
  { href: routes.pro, label: 'Espace pro', icon: Briefcase, roles: ['pro'] },
  { href: routes.admin, label: 'Administration', icon: Shield, roles: ['admin'] },
];

export function navItemsFor(role: UserRole): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
