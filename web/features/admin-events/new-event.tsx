'use client';

import { useRouter } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { describeAdminError } from '@/features/admin-common';
import { adminEventPath } from '@/lib/routes';
import { EventForm } from './event-form';
import { EMPTY_EVENT_FORM, type EventFormValues } from './event-values';
import { useCreateEvent } from './use-admin-events';

export function NewEvent() {
  const router = useRouter();
  const toast = useToast();
  const create = useCreateEvent();
  const onSubmit = (values: EventFormValues) =>
    create.mutateAsync(values).then(
      ({ id }) => {
        toast.success('Événement créé.');
        router.push(adminEventPath(id));
      },
      (error: unknown) => {
        toast.error(describeAdminError(error));
        throw error;
      },
    );
  return (
    <Card className="max-w-3xl">
      <EventForm initial={EMPTY_EVENT_FORM} submitLabel="Créer l’événement" onSubmit={onSubmit} />
    </Card>
  );
}
