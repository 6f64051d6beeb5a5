import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorMessage } from '@/components/govuk/error-message';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { useCreateIndicator } from '@/features/indicator/api/create-indicator';
import type { Indicator } from '@/features/indicator/types';
import { parseBreakdowns } from '@/features/indicator/utils/form-values';
import { ApiError } from '@/lib/api-client';
import { polarityLabels, unitLabels, type IndicatorUnit, type Polarity } from '@/lib/indicator-values';

/** A code from a column's name: "mainstream_total_pc" stays, "AP_PRU_total_pc" becomes "ap_pru_total_pc". */
function codeFrom(column: string): string {
  return column
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 64);
}

/**
 * Adds an indicator to the catalogue from the import page, for a column the catalogue has nothing
 * for (administrators only, as on the catalogue's own form); the column then becomes it.
 */
export function EesNewIndicator({ idPrefix, column, breakdown, onCreated }: { idPrefix: string; column: string; breakdown: string; onCreated: (indicator: Indicator) => void }) {
  const create = useCreateIndicator();
  const [code, setCode] = useState(codeFrom(column));
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<IndicatorUnit | ''>(column.endsWith('_pc') ? 'percent' : 'count');
  const [polarity, setPolarity] = useState<Polarity | ''>('no_judgement');
  const [breakdowns, setBreakdowns] = useState(breakdown);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();

  const id = (field: string) => `${idPrefix}-new-${field}`;

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[a-z0-9_]{1,64}$/.test(code)) found.code = 'Enter a code of lower-case letters, numbers and underscores, for example ehcp_plans';
    if (!name.trim()) found.name = 'Enter the indicator’s name';
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0 || !unit || !polarity) return;
    try {
      const saved = await create.mutateAsync({
        code,
        name: name.trim(),
        unit,
        polarity,
        source: 'Explore Education Statistics (DfE)',
        published: true,
        breakdowns: parseBreakdowns(breakdowns),
      });
      onCreated(saved.record);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(error.fieldErrors.map((fieldError) => [fieldError.field.split('.').at(-1) ?? '', `This ${fieldError.message}`])));
        setFailure(error.status === 409 ? 'The catalogue already has an indicator with this code: choose it instead, or give another code' : undefined);
      } else {
        setFailure(error instanceof ApiError ? (error.detail ?? error.title) : 'The service could not be reached. Try again.');
      }
    }
  };

  return (
    // Not a form of its own: forms do not nest, and this sits inside the page's form.
    <div role="group" aria-labelledby={id('heading')}>
      <h4 className="govuk-heading-s" id={id('heading')}>
        Add a new indicator to the catalogue
      </h4>
      <p className="govuk-body">It is added as a published statistic, as DfE’s figures are: everyone signed in may read its values.</p>
      {failure && <ErrorMessage id={id('failure')}>{failure}</ErrorMessage>}
      <Input id={id('code')} label="Code" hint="Lower-case letters, numbers and underscores; it cannot be changed later" value={code} onChange={setCode} error={errors.code} width="20" />
      <Input id={id('name')} label="Name" hint="As staff will see it, for example Pupils with an EHC plan" value={name} onChange={setName} error={errors.name} />
      <Select
        id={id('unit')}
        label="Unit"
        value={unit}
        onChange={(value) => setUnit(value as IndicatorUnit)}
        options={Object.entries(unitLabels).map(([value, text]) => ({ value, text }))}
      />
      <Select
        id={id('polarity')}
        label="Polarity"
        value={polarity}
        onChange={(value) => setPolarity(value as Polarity)}
        options={Object.entries(polarityLabels).map(([value, text]) => ({ value, text }))}
      />
      <Input
        id={id('breakdowns')}
        label="Breakdowns (optional)"
        hint="Separated by commas, for example sex, setting"
        value={breakdowns}
        onChange={setBreakdowns}
        error={errors.breakdowns}
      />
      <Button variant="secondary" onClick={(event) => void onAdd(event)} disabled={create.isPending}>
        Add to the catalogue
      </Button>
    </div>
  );
}
