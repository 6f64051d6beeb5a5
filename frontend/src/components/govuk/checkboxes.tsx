import { ChoiceItems, type ChoiceGroupProps } from '@/components/govuk/choice-items';
import { FieldsetGroup } from '@/components/govuk/fieldset-group';

/** GOV.UK checkboxes in a fieldset, for choosing any number of items. */
export function Checkboxes({ id, legend, legendSize = 's', hint, error, items, small = false, ...choice }: ChoiceGroupProps & {
  values: string[];
  onChange: (values: string[]) => void;
  /** Said instead of the checkboxes when there are no items. */
  none?: string;
}) {
  const { values, onChange, none = 'There is nothing to choose from yet.' } = choice;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <FieldsetGroup id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      {items.length === 0 ? (
        <p className="govuk-body" id={id} tabIndex={-1}>
          {none}
        </p>
      ) : (
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
          <ChoiceItems type="checkbox" name={id} items={items} isChecked={(value) => values.includes(value)} onChange={toggle} />
        </div>
      )}
    </FieldsetGroup>
  );
}
