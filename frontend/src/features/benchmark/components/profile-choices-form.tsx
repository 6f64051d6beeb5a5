import { Checkbox } from '@/components/govuk/checkbox';
import { Radios } from '@/components/govuk/radios';
import { FilterForm } from '@/components/filter-form';
import { confidenceLevels, type ConfidenceLevel } from '@/features/benchmark/types';
import type { ProfileChoices } from '@/features/benchmark/utils/profile-choices';

/** The confidence level of the comparisons and the filter, applied together with one button. */
export function ProfileChoicesForm({
  choices,
  canFilter,
  onApply,
}: {
  choices: ProfileChoices;
  /** Only a place compared with England can be worse than it. */
  canFilter: boolean;
  onApply: (choices: ProfileChoices) => void;
}) {
  return (
    <FilterForm label="Choose what the profile shows" filters={choices} onApply={onApply} archived={false}>
      {({ draft, setDraft }) => (
        <>
          <Radios
            id="confidence"
            legend="Confidence level"
            hint="95% is Fingertips' usual level; at 99.8% fewer differences count, only the clearest"
            small
            inline
            items={confidenceLevels.map((level) => ({ value: String(level), label: `${level}%` }))}
            value={String(draft.confidence)}
            onChange={(value) => setDraft({ ...draft, confidence: Number(value) as ConfidenceLevel })}
          />
          {canFilter && (
            <Checkbox
              id="worse-and-worsening"
              label="Only show indicators worse than England and getting worse"
              checked={draft.worseAndWorsening}
              onChange={(checked) => setDraft({ ...draft, worseAndWorsening: checked })}
            />
          )}
        </>
      )}
    </FilterForm>
  );
}
