'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Viewer } from '@/lib/auth/viewer-types';

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user, as the server layout established it (role from the database). */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() doit être utilisé dans l’espace connecté.');
  return viewer;
}
