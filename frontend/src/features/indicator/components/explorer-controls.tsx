import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { useIndicatorValues } from '@/features/indicator/api/get-indicator-values';
import type { Indicator, Selection } from '@/features/indicator/types';
import { breakdownLabel, categoriesOf } from '@/features/indicator/utils/series';
import { breakdownQuery, totalBreakdown } from '@/features/indicator/utils/selection';

/**
 * What to show, applied together with one button (so the charts do not change under the user
 * while they choose). The categories offered are those the chosen areas have values for.
 */
export function ExplorerControls({
  selection,
  indicators,
  areas,
  onApply,
}: {
  selection: Selection;
  indicators: Indicator[];
  areas: { code: string; name: string }[];
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
      <Checkboxes
        id="area"
        legend="Areas"
        hint="Each area is a line in the trend and a bar in the comparison"
        small
        none="Your account does not have any areas yet."
        items={areas.map((area) => ({ value: area.code, label: area.name }))}
        values={draft.areas}
        onChange={(codes) => setDraft({ ...draft, areas: areas.map((area) => area.code).filter((code) => codes.includes(code)) })}
      />
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
              options={categories.length === 0 ? [{ value: '', text: 'No values in these areas' }] : categories.map((category) => ({ value: category, text: category }))}
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
