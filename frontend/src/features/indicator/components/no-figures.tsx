import type { WithoutFigures } from '@/features/indicator/utils/benchmark-series';

/** The places chosen (and comparators asked for) with nothing to draw, named rather than silently left out. */
export function NoFigures({ places, range }: { places: WithoutFigures[]; range: string }) {
  if (places.length === 0) return null;
  return (
    <ul className="govuk-list" aria-label="Places without figures">
      {places.map(({ name, inOtherPeriods }) => (
        <li key={name}>
          {inOtherPeriods && range ? `No figures for ${name} ${range}: it has some for other periods.` : `No figures for ${name} for this indicator.`}
        </li>
      ))}
    </ul>
  );
}
