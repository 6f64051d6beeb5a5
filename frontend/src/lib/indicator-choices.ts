import { useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import { categoryLabel } from '@/lib/category-words';
import type { components } from '@/types/api';

export type IndicatorChoice = components['schemas']['IndicatorChoiceList']['items'][number];

/** The catalogue as the area's pickers offer it: unit, source, whether the area has figures, each breakdown's categories. */
export async function getIndicatorChoices(areaCode: string): Promise<IndicatorChoice[]> {
  return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/indicator-choices', { params: { path: { areaCode } } })).items;
}

export function useIndicatorChoices(areaCode: string) {
  return useQuery({ queryKey: ['indicator-choices', areaCode], queryFn: () => getIndicatorChoices(areaCode), staleTime: 60_000 });
}

export const headline = 'total';

const breakdownWords: Record<string, string> = {
  primary_need: 'Primary need',
  setting: 'Type of setting',
  sex: 'Sex',
  phase: 'School phase',
  fsm: 'Free school meals',
};

/** "Primary need", "Type of setting": a breakdown in words (an unknown one with its underscores as spaces). */
export function breakdownLabel(breakdown: string): string {
  const known = breakdownWords[breakdown];
  if (known) return known;
  const words = breakdown.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A category as pickers and measures name it: in the words the rest of the app uses, with a
 * primary need's short name after it, as SEND teams say it: "Autistic spectrum disorder (ASD)".
 */
export function categoryChoiceLabel(breakdown: string, category: string): string {
  const words = categoryLabel(breakdown, category);
  return breakdown === 'primary_need' && words !== category ? `${words} (${category})` : words;
}

/** Which figure of its indicator a measure follows, in words; nothing for the headline figure. */
export function figureLabel(breakdown: string | null | undefined, category: string | null | undefined): string | undefined {
  if (!breakdown || !category || breakdown === headline) return undefined;
  return `${breakdownLabel(breakdown)}: ${categoryChoiceLabel(breakdown, category)}`;
}

const unitWords: Record<IndicatorChoice['unit'], string> = {
  percent: 'per cent',
  count: 'a count',
  rate_per_1000: 'a rate per 1,000',
  ratio: 'a ratio',
  currency: 'pounds',
};

/** "per cent", "a count": the unit as a sentence names it. */
export function unitInWords(unit: IndicatorChoice['unit']): string {
  return unitWords[unit];
}
