import { useMutation, useQueryClient } from '@tanstack/react-query';
import { eesMappingsKey } from '@/features/indicator/api/get-ees-mappings';
import type { SavedMapping, SavedMappingInput } from '@/features/indicator/ees-types';
import { apiClient, expectData } from '@/lib/api-client';

export async function createEesMapping(input: SavedMappingInput): Promise<SavedMapping> {
  return expectData(await apiClient.POST('/api/v1/ees-mappings', { body: input }));
}

export function useCreateEesMapping() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEesMapping, onSuccess: () => queryClient.invalidateQueries({ queryKey: eesMappingsKey }) });
}
