import type { Indicator } from '@/features/indicator/types';
import type { LinkOption } from '@/lib/link-choices';

/** The catalogue's indicators as choices, by name (a code is no word for staff). */
export function indicatorOptions(indicators: Indicator[]): LinkOption[] {
  return indicators.map((indicator) => ({ id: indicator.code, label: indicator.name, archived: indicator.archived }));
}
