import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export async function restoreIndicator(code: string): Promise<VersionedIndicator> {
  return expectVersioned(await apiClient.POST('/api/v1/indicators/{code}/restore', { params: { path: { code } } }));
}

export function useRestoreIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreIndicator,
    onSuccess: (saved) => {
      queryClient.setQueryData(indicatorQueryKey(saved.record.code), saved);
      return queryClient.invalidateQueries({ queryKey: indicatorListsKey });
    },
  });
}
