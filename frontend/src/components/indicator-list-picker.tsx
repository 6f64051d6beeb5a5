import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/govuk/button';
import { choiceFacts, IndicatorPicker } from '@/components/indicator-picker';
import type { IndicatorChoice } from '@/lib/indicator-choices';

/**
 * Several indicators chosen from the catalogue, one at a time with the searchable picker: the
 * chosen ones are listed by name with a Remove button each, and the picker adds the next. No
 * code is typed. `values` are the chosen indicators' codes.
 */
export function IndicatorListPicker({
  id,
  heading,
  label,
  hint,
  error,
  choices,
  areaName,
  values,
  onChange,
}: {
  /** The picker's id: the error summary links here. */
  id: string;
  /** What the chosen indicators are, above their list. */
  heading: string;
  /** The picker's label. */
  label: string;
  hint?: string;
  error?: string;
  choices: IndicatorChoice[];
  areaName: string;
  values: string[];
  onChange: (codes: string[]) => void;
}) {
  // The picker starts empty again after each choice; the focus stays in it, to add another.
  const [added, setAdded] = useState(0);
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current) document.getElementById(id)?.focus();
    refocus.current = false;
  }, [added, values, id]);

  const headingId = `${id}-chosen`;
  const nameOf = (code: string) => choices.find((choice) => choice.code === code);
  const add = (code: string) => {
    if (!code || values.includes(code)) return;
    refocus.current = true;
    onChange([...values, code]);
    setAdded((n) => n + 1);
  };
  const remove = (code: string) => {
    refocus.current = true;
    onChange(values.filter((value) => value !== code));
  };

  return (
    <>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {heading}
      </h2>
      {values.length === 0 ? (
        <p className="govuk-body">None chosen yet.</p>
      ) : (
        <ul className="govuk-list" aria-labelledby={headingId}>
          {values.map((code) => {
            const choice = nameOf(code);
            const name = choice?.name ?? 'An indicator no longer in the catalogue';
            return (
              <li key={code} className="sendhub-chosen-indicator">
                <span className="govuk-!-font-weight-bold govuk-!-display-block">{name}</span>
                {choice && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{choiceFacts(choice, areaName)}</span>}
                <Button variant="secondary" className="govuk-!-margin-top-1 govuk-!-margin-bottom-2" onClick={() => remove(code)}>
                  Remove <span className="govuk-visually-hidden">{name}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <IndicatorPicker
        key={added}
        id={id}
        label={label}
        hint={hint}
        error={error}
        choices={choices.filter((choice) => !values.includes(choice.code))}
        areaName={areaName}
        value=""
        onChange={add}
      />
    </>
  );
}
