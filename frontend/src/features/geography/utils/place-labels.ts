import type { Closeness, PlaceLevel, PlaceSummary } from '@/features/geography/types';

const levelLabels: Record<PlaceLevel, string> = { country: 'Country', region: 'Region', local_authority: 'Local authority' };

export const closenessLabels: Record<Closeness, string> = {
  extremely_close: 'extremely close',
  very_close: 'very close',
  close: 'close',
  somewhat_close: 'somewhat close',
  not_close: 'not close',
};

/** What tells two places apart in a list of search results: its kind, its region, its GSS code (unless left out), and whether it has ended. */
export function placeHint(place: PlaceSummary, withCode = true): string {
  const parts = [levelLabels[place.level], place.region?.name, withCode ? place.code : undefined];
  if (place.ended) parts.push(`replaced${place.lastPeriod ? ` after ${place.lastPeriod}` : ''}`);
  return parts.filter(Boolean).join(', ');
}
