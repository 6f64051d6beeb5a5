import type { Area } from '@/features/area/api/get-areas';
import { apiClient, expectVersioned, type Versioned } from '@/lib/api-client';
import { useRecordMutation } from '@/lib/record-queries';
import type { components } from '@/types/api';

export type AreaInput = components['schemas']['AreaInput'];

/** Adds an area (administrators): one local authority of the geography, by its GSS code. */
export async function createArea(input: AreaInput): Promise<Versioned<Area>> {
  return expectVersioned(await apiClient.POST('/api/v1/areas', { body: input }));
}

export function useCreateArea() {
  return useRecordMutation({ mutationFn: createArea, queryKey: (area: Area) => ['areas', area.code], listsKey: ['areas'] });
}
