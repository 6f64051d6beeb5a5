import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type Versioned } from '@/lib/api-client';
import { areaRecordKey } from '@/lib/record-queries';

export type ActionFailure = { text: string; attempt: number };

function failureMessage(error: unknown, noun: string): string {
  if (error instanceof ApiError && error.status === 412) {
    return `Someone else has changed this ${noun} since you opened it. Check the details below, which are now up to date, and try again.`;
  }
  if (error instanceof ApiError) return error.detail ?? error.title;
  return 'The service could not be reached. Check your connection and try again.';
}

/**
 * Archiving and restoring from a record's page: a success message, or what went wrong. On 412
 * (someone else changed the record) the record's query is read again so the page shows the saved version.
 */
export function useArchiveRestore({
  noun,
  archive,
  restore,
  recordKey,
  initialMessage,
}: {
  /** What the record is called in a sentence, e.g. "service". */
  noun: string;
  archive: () => Promise<unknown>;
  restore: () => Promise<unknown>;
  /** The query of the record on the page. */
  recordKey: QueryKey;
  initialMessage?: string;
}) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState(initialMessage);
  const [failure, setFailure] = useState<ActionFailure>();
  const [busy, setBusy] = useState(false);
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);

  const run = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      setFailure(undefined);
      setMessage(done);
    } catch (error) {
      setMessage(undefined);
      setFailure((previous) => ({ text: failureMessage(error, noun), attempt: (previous?.attempt ?? 0) + 1 }));
      if (error instanceof ApiError && error.status === 412) void queryClient.invalidateQueries({ queryKey: recordKey });
    } finally {
      setBusy(false);
    }
  };

  return {
    message,
    failure,
    onArchive: () => void run(archive, `${title} archived`),
    onRestore: () => void run(restore, `${title} restored`),
  };
}

/** Archiving and restoring a record of an area (by id, with its ETag) from its page. */
export function useAreaRecordActions<T extends { id: string }>({
  noun,
  type,
  areaCode,
  versioned,
  archive,
  restore,
  initialMessage,
}: {
  noun: string;
  /** The record's type as its queries are keyed, e.g. "services". */
  type: string;
  areaCode: string;
  versioned: Versioned<T>;
  archive: { mutateAsync: (variables: { id: string; etag: string }) => Promise<unknown> };
  restore: { mutateAsync: (id: string) => Promise<unknown> };
  initialMessage?: string;
}) {
  const { record, etag } = versioned;
  return useArchiveRestore({
    noun,
    archive: () => archive.mutateAsync({ id: record.id, etag }),
    restore: () => restore.mutateAsync(record.id),
    recordKey: areaRecordKey(type, areaCode, record.id),
    initialMessage,
  });
}
