'use client';

import { useRouter } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { adminEventPath } from '@/lib/routes';
import { EventForm } from './event-form';
import { EMPTY_EVENT_FORM, type EventFormValues } from './event-values';
import { useCreateEvent } from './use-admin-events';

export function NewEvent() {
  const describeFailure = useDescribeAdminError();
  const router = useRouter();
  const text = useAdminText().admin;
  const toast = useToast();
  const create = useCreateEvent();
  const onSubmit = (values: EventFormValues) =>
    create.mutateAsync(values).then(
      ({ id }) => {
        toast.success(text.events.created);
        router.push(adminEventPath(id));
      },
      (error: unknown) => {
        toast.error(describeFailure(error));
        throw error;
      },
    );
  return (
    <Card className="max-w-3xl">
      <EventForm initial={EMPTY_EVENT_FORM} submitLabel={text.events.create} onSubmit={onSubmit} />
    </Card>
  );
}
