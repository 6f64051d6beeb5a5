import { useQuery } from '@tanstack/react-query';
import type { ScenarioRequest } from '@/features/sufficiency/types';
import { apiClient, expectData } from '@/lib/api-client';

/** Five years ahead, with the scenario beside the baseline when one is asked for. */
export async function getSufficiency(areaCode: string, scenario: ScenarioRequest) {
  return expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/sufficiency', {
      params: {
        path: { areaCode },
        query: {
          growthChange: scenario.growthChange,
          addedPlaces: scenario.addedPlaces ? [`${scenario.addedPlaces.setting}:${scenario.addedPlaces.places}`] : undefined,
        },
      },
    }),
  );
}

export function useSufficiency(areaCode: string, scenario: ScenarioRequest) {
  return useQuery({ queryKey: ['sufficiency', areaCode, scenario], queryFn: () => getSufficiency(areaCode, scenario) });
}
