import { useQuery } from '@tanstack/react-query';
import type { AreaProfile, ConfidenceLevel } from '@/features/benchmark/types';
import { apiClient, expectData } from '@/lib/api-client';

export async function getPlaceProfile(code: string, confidence: ConfidenceLevel): Promise<AreaProfile> {
  // The operation also answers CSV; as JSON (the client's Accept) it is the profile.
  return expectData(await apiClient.GET('/api/v1/geography/{code}/profile', { params: { path: { code }, query: { confidence } } })) as AreaProfile;
}

/** A place's benchmark for every indicator it has figures for; its profile at one level stays on screen while the other is read. */
export function usePlaceProfile(code: string, confidence: ConfidenceLevel) {
  return useQuery({
    queryKey: ['geography', 'profile', code, confidence],
    queryFn: () => getPlaceProfile(code, confidence),
    placeholderData: (previous) => (previous?.place.code === code ? previous : undefined),
  });
}
