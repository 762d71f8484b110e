import Link from 'next/link';
import { routes } from '@/lib/routes';

export function PublicFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600">
        <p>© 2026 CAPITUNE</p>
        <nav aria-label="Informations légales">
          <ul className="flex flex-wrap gap-4">
            <li><Link href={routes.terms} className="inline-block py-1">Conditions d'utilisation</Link></li>
            <li><Link href={routes.privacy} className="inline-block py-1">Politique de confidentialité</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
