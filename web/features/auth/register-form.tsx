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

  const { text } = submit;
  if (sent || submit.sent) {
    return (
      <Alert tone="success" title={text.register.sentTitle}>
        {submit.sent && sentTo ? <>{text.register.sentToBefore}{sentTo}{text.register.sentToAfter}</> : text.register.sentAny}
      </Alert>
    );
  }

  const { onSubmit, errors, formError, pending } = submit;
  return (
    <form action={signUpAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="register-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label={text.fields.fullName} name="fullName" autoComplete="name" required error={errors.fullName} />
      <Input label={text.fields.email} name="email" type="email" autoComplete="email" required error={errors.email} />
      <PasswordInput
        label={text.fields.password}
        name="password"
        autoComplete="new-password"
        required
        toggleLabels={text.password}
        hint={<PasswordChecklist value={password} />}
        error={errors.password}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      {/* The browser's zone, the account's default zone (set once the page runs; editable in the profile). */}
      <input type="hidden" name="timeZone" data-test="register-time-zone" ref={fillBrowserTimeZone} />
      <Checkbox
        name="acceptTerms"
        label={<>{text.register.acceptBefore}<Link href={routes.terms} target="_blank">{text.register.acceptTerms}</Link>{text.register.acceptAnd}
          <Link href={routes.privacy} target="_blank">{text.register.acceptPrivacy}</Link>{text.register.acceptAfter}</>}
        error={errors.acceptTerms}
      />
      <Button type="submit" loading={pending} className="w-full">{text.register.submit}</Button>
    </form>
  );
}
