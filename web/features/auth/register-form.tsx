'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { PasswordInput } from '@/components/ui/password-input';
import { routes } from '@/lib/routes';
import { signUpAction } from './actions';
import { PasswordChecklist } from './password-checklist';
import { useBrowserSubmit } from './use-browser-submit';

function fillBrowserTimeZone(input: HTMLInputElement | null) {
  if (input) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/** Without JavaScript the form posts to signUpAction; the page passes what it answered. */
export function RegisterForm({ initialError = null, sent = false }: { initialError?: string | null; sent?: boolean }) {
  const [password, setPassword] = useState('');
  // The address the link went to; unknown after the post without JavaScript (its URL never holds it).
  const [sentTo, setSentTo] = useState('');
  const submit = useBrowserSubmit(async (form) => {
    setSentTo(String(form.get('email') ?? '').trim());
    return (await import('./in-browser')).signUpInBrowser(form);
  }, { initialError });

  if (sent || submit.sent) {
    return (
      <Alert tone="success" title="Vérifiez votre boîte de réception">
        {submit.sent && sentTo ? `Si l’adresse ${sentTo}` : 'Si l’adresse indiquée'} peut être utilisée, un lien de confirmation vient d&apos;y être envoyé.
        Ouvrez-le pour activer votre compte.
      </Alert>
    );
  }

  const { onSubmit, errors, formError, pending } = submit;
  return (
    <form action={signUpAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="register-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label="Nom complet" name="fullName" autoComplete="name" required error={errors.fullName} />
      <Input label="Adresse courriel" name="email" type="email" autoComplete="email" required error={errors.email} />
      <PasswordInput
        label="Mot de passe"
        name="password"
        autoComplete="new-password"
        required
        hint={<PasswordChecklist value={password} />}
        error={errors.password}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      {/* The browser's zone, the account's default zone (set once the page runs; editable in the profile). */}
      <input type="hidden" name="timeZone" data-test="register-time-zone" ref={fillBrowserTimeZone} />
      <Checkbox
        name="acceptTerms"
        label={<>J&apos;accepte les <Link href={routes.terms} target="_blank">conditions d&apos;utilisation</Link> et la{' '}
          <Link href={routes.privacy} target="_blank">politique de confidentialité</Link> (s&apos;ouvrent dans un nouvel onglet).</>}
        error={errors.acceptTerms}
      />
      <Button type="submit" loading={pending} className="w-full">Créer mon compte</Button>
    </form>
  );
}
