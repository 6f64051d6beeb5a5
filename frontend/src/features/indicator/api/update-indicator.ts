import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicatorQueryKey } from '@/features/indicator/api/get-indicator';
import { indicatorListsKey } from '@/features/indicator/api/get-indicators';
import type { IndicatorInput, VersionedIndicator } from '@/features/indicator/types';
import { apiClient, expectVersioned } from '@/lib/api-client';

export type UpdateIndicatorVariables = { etag: string; input: IndicatorInput };

/** The indicator's code is its identity: the input's code must be the one it has. */
export async function updateIndicator({ etag, input }: UpdateIndicatorVariables): Promise<VersionedIndicator> {
  return expectVersioned(
    await apiClient.PUT('/api/v1/indicators/{code}', {
      params: { path: { code: input.code }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: (saved) => {
      queryClient.setQueryData(indicatorQueryKey(saved.record.code), saved);
      return queryClient.invalidateQueries({ queryKey: indicatorListsKey });
    },
  });
}
