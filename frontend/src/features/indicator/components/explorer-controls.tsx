import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { useIndicatorValues } from '@/features/indicator/api/get-indicator-values';
import type { Indicator, Selection } from '@/features/indicator/types';
import { breakdownLabel, categoriesOf } from '@/features/indicator/utils/series';
import { categoryLabel } from '@/lib/category-words';
import { breakdownQuery, totalBreakdown } from '@/features/indicator/utils/selection';

/** The places chosen and the comparators asked for. */
export type PlaceChoice = Pick<Selection, 'areas' | 'compare'>;

/**
 * What to show, applied together with one button (so the charts do not change under the user
 * while they choose). The categories offered are those the chosen places have values for. The
 * places are chosen with what `places` renders (the page composes it from the geography).
 */
export function ExplorerControls({
  selection,
  indicators,
  places,
  onApply,
}: {
  selection: Selection;
  indicators: Indicator[];
  places: (choice: PlaceChoice, onChange: (choice: PlaceChoice) => void) => ReactNode;
  onApply: (selection: Selection) => void;
}) {
  const [draft, setDraft] = useState<Selection>(selection);
  const indicator = indicators.find((candidate) => candidate.code === draft.indicator);
  const breakdowns = [totalBreakdown, ...(indicator?.breakdowns ?? [])];
  const withBreakdown = draft.breakdown !== totalBreakdown;
  const categoryValues = useIndicatorValues(
    breakdownQuery({ ...draft, indicator: withBreakdown ? draft.indicator : '', from: '', to: '' }),
  );
  const categories = categoriesOf(categoryValues.data ?? []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, category: withBreakdown && categories.includes(draft.category) ? draft.category : withBreakdown ? categories[0] ?? '' : '' });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Choose what to show" className="sendhub-filters">
      <Select
        id="indicator"
        label="Indicator"
        value={draft.indicator}
        onChange={(code) => setDraft({ ...draft, indicator: code, breakdown: totalBreakdown, category: '' })}
        options={[
          ...(draft.indicator === '' ? [{ value: '', text: 'Choose an indicator' }] : []),
          ...indicators.map((candidate) => ({ value: candidate.code, text: candidate.name })),
        ]}
      />
      {places({ areas: draft.areas, compare: draft.compare }, (choice) => setDraft((current) => ({ ...current, ...choice })))}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="breakdown"
            label="Breakdown"
            value={draft.breakdown}
            onChange={(breakdown) => setDraft({ ...draft, breakdown, category: '' })}
            options={breakdowns.map((breakdown) => ({ value: breakdown, text: breakdownLabel(breakdown) }))}
          />
        </div>
        {withBreakdown && (
          <div className="govuk-grid-column-one-half">
            <Select
              id="category"
              label="Category for the trend and comparison"
              value={categories.includes(draft.category) ? draft.category : categories[0] ?? ''}
              onChange={(category) => setDraft({ ...draft, category })}
              options={categories.length === 0 ? [{ value: '', text: 'No values in these areas' }] : categories.map((category) => ({ value: category, text: categoryLabel(draft.breakdown, category) }))}
            />
          </div>
        )}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Input id="from" label="From period" hint="A year, like 2019, or a month, like 2023-01" width="10" spellCheck={false} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
        </div>
        <div className="govuk-grid-column-one-half">
          <Input id="to" label="To period" hint="A year, like 2023, takes in the whole year" width="10" spellCheck={false} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        </div>
      </div>
      <Button variant="secondary" type="submit">
        Show indicator
      </Button>
    </form>
  );
}
