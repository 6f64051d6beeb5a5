import { ChoiceItems, type ChoiceGroupProps } from '@/components/govuk/choice-items';
import { FieldsetGroup } from '@/components/govuk/fieldset-group';

/** GOV.UK radios in a fieldset, for choosing one item. */
export function Radios({ id, legend, legendSize = 's', hint, error, items, small = false, ...choice }: ChoiceGroupProps & {
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  const { value, onChange, inline = false } = choice;
  const modifiers = `${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`;
  return (
    <FieldsetGroup id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={`govuk-radios${modifiers}`} data-module="govuk-radios">
        <ChoiceItems type="radio" name={id} items={items} isChecked={(item) => item === value} onChange={(item) => onChange(item)} />
      </div>
    </FieldsetGroup>
  );
}
