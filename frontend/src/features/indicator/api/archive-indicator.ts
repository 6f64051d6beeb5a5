import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function archiveIndicator({ code, etag }: { code: string; etag: string }): Promise<VersionedIndicator> {
  return expectVersioned(
    await apiClient.DELETE('/api/v1/indicators/{code}', { params: { path: { code }, header: { 'If-Match': etag } } }),
  );
}

export function useArchiveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveIndicator,
    onSuccess: (saved) => {
      queryClient.setQueryData(indicatorQueryKey(saved.record.code), saved);
      return queryClient.invalidateQueries({ queryKey: indicatorListsKey });
    },
  });
}
