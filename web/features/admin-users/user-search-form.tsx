'use client';

import { Search } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { useAdminText } from '@/features/admin-common';
import { userSearchSchema } from './schema';

/**
 * Search on submit (Enter or the button): one request per search, no timers. A single field
 * checked by zod on submit; React Hook Form (13 KiB) would buy nothing here and the page's first
 * load has no room for it.
 */
export function UserSearchForm({ initial, onSearch }: { initial: string; onSearch: (search: string) => void }) {
  const text = useAdminText().admin.users;
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = userSearchSchema.safeParse({ search: new FormData(event.currentTarget).get('search') ?? '' });
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) onSearch(parsed.data.search);
  };
  return (
    <form role="search" onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3" data-test="users-search-form">
      <div className="min-w-64 flex-1">
        <Input label={text.search} hint={text.searchHint} type="search" name="search" autoComplete="off"
          defaultValue={initial} error={error} data-test="users-search" />
      </div>
      <Button type="submit" variant="secondary" data-test="users-search-submit">
        <Search aria-hidden="true" className="size-4" />{text.searchButton}
      </Button>
    </form>
  );
}
