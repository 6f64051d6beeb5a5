import type { WithoutFigures } from '@/features/indicator/utils/benchmark-series';
import { listed } from '@/features/indicator/utils/chart-words';

function sentenceFor(names: string[], inOtherPeriods: boolean, range: string): string {
  return inOtherPeriods && range
    ? `No figures for ${listed(names, 'or')} ${range}: ${names.length === 1 ? 'it has' : 'they have'} some for other periods.`
    : `No figures for ${listed(names, 'or')} for this indicator.`;
}

/**
 * The places chosen and the comparators asked for with nothing to draw, named rather than silently
 * left out: each place chosen on its own line, the comparators together (a local indicator has
 * none for England, the region or the neighbours).
 */
export function NoFigures({ places, range }: { places: WithoutFigures[]; range: string }) {
  if (places.length === 0) return null;
  const comparators = places.filter((place) => place.comparator);
  const sentences = [
    ...places.filter((place) => !place.comparator).map((place) => sentenceFor([place.name], place.inOtherPeriods, range)),
    ...[false, true].flatMap((inOtherPeriods) => {
      const names = comparators.filter((place) => place.inOtherPeriods === inOtherPeriods).map((place) => place.name);
      return names.length > 0 ? [sentenceFor(names, inOtherPeriods, range)] : [];
    }),
  ];
  return (
    <ul className="govuk-list" aria-label="Places without figures">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
