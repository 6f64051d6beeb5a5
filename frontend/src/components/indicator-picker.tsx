import '@/components/indicator-picker.css';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { describedBy } from '@/components/govuk/field-ids';
import { LabelledField } from '@/components/govuk/labelled-field';
import { unitInWords, type IndicatorChoice } from '@/lib/indicator-choices';

/** "Per cent. Source: DfE. Manchester has figures." What a reader needs to choose between two indicators. */
export function choiceFacts(choice: IndicatorChoice, areaName: string): string {
  const unit = unitInWords(choice.unit);
  const source = choice.source ? ` Source: ${choice.source}.` : '';
  const data = choice.hasData ? `${areaName} has figures.` : `No figures for ${areaName} yet.`;
  return `In ${unit}.${source} ${data}`;
}

/** Every word typed appears in the indicator's name, code, source or definition. */
function matches(choice: IndicatorChoice, query: string): boolean {
  const text = `${choice.name} ${choice.code} ${choice.source ?? ''} ${choice.definition ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/**
 * A searchable list of the indicator catalogue (the ARIA combobox with a listbox): type part of a
 * name, move through the matches with the arrow keys, choose with Enter or a click. Each match says
 * its unit, source and whether the area has figures. `value` is the chosen indicator's code ('' for none).
 */
export function IndicatorPicker({
  id,
  label,
  hint,
  error,
  choices,
  areaName,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  choices: IndicatorChoice[];
  areaName: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const chosen = choices.find((choice) => choice.code === value);
  const [query, setQuery] = useState(chosen?.name ?? value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-listbox`;
  const statusId = useId();
  const found = useMemo(() => {
    const typed = query.trim();
    if (chosen && typed === chosen.name) return choices;
    return choices.filter((choice) => matches(choice, typed));
  }, [choices, query, chosen]);

  const choose = (choice: IndicatorChoice) => {
    setQuery(choice.name);
    setOpen(false);
    setActive(-1);
    onChange(choice.code);
  };

  const type = (text: string) => {
    setQuery(text);
    setOpen(true);
    setActive(-1);
    if (value && text !== chosen?.name) onChange('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(current + 1, found.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0 && found[active]) {
      event.preventDefault();
      choose(found[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const shown = found.slice(0, 50);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <div className="sendhub-picker">
        <input
          id={id}
          name={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={[describedBy(id, hint, error), statusId].filter(Boolean).join(' ')}
          className={`govuk-input${error ? ' govuk-input--error' : ''}`}
          value={query}
          onChange={(event) => type(event.target.value)}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={`${label}: matches`} className="sendhub-picker__list" hidden={!open}>
          {shown.map((choice, index) => (
            <li
              key={choice.code}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={choice.code === value}
              className={`sendhub-picker__option${index === active ? ' sendhub-picker__option--active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              <span className="govuk-!-font-weight-bold govuk-!-display-block">{choice.name}</span>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{choiceFacts(choice, areaName)}</span>
            </li>
          ))}
        </ul>
        <p id={statusId} className="govuk-visually-hidden" role="status">
          {open ? (found.length === 0 ? 'No indicator matches.' : `${found.length} ${found.length === 1 ? 'indicator matches' : 'indicators match'}. Use the up and down arrows to move through them, and Enter to choose one.`) : ''}
        </p>
        {open && found.length === 0 && <p className="govuk-body sendhub-picker__none">No indicator matches “{query.trim()}”. Try fewer or other words.</p>}
        {chosen && !open && <p className="govuk-body-s govuk-!-margin-top-2">{choiceFacts(chosen, areaName)}</p>}
      </div>
    </LabelledField>
  );
}
