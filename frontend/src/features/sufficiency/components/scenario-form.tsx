import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { EhcpSetting, ScenarioRequest } from '@/features/sufficiency/types';
import { ehcpSettings } from '@/lib/service-labels';

type Problem = { field: 'growthChange' | 'places' | 'setting'; text: string };

function problems(growth: string, setting: string, places: string): Problem[] {
  const out: Problem[] = [];
  const g = growth.trim();
  if (g !== '' && (!/^-?\d{1,2}(\.\d)?$/.test(g) || Math.abs(Number(g)) > 50)) {
    out.push({ field: 'growthChange', text: 'Change in growth must be a percentage from -50 to 50, like 2 or -1.5' });
  }
  const p = places.trim();
  if (p !== '' && (!/^\d{1,6}$/.test(p) || Number(p) < 1 || Number(p) > 100000)) {
    out.push({ field: 'places', text: 'Places added must be a whole number from 1 to 100,000, like 40' });
  }
  if (p !== '' && setting === '') out.push({ field: 'setting', text: 'Select the setting the places are added to' });
  return out;
}

/** The what-if: demand growing faster or slower than forecast, and places added to one setting. */
export function ScenarioForm({ scenario, onApply }: { scenario: ScenarioRequest; onApply: (next: ScenarioRequest) => void }) {
  const [growth, setGrowth] = useState(scenario.growthChange === undefined ? '' : String(scenario.growthChange));
  const [setting, setSetting] = useState<string>(scenario.addedPlaces?.setting ?? '');
  const [places, setPlaces] = useState(scenario.addedPlaces ? String(scenario.addedPlaces.places) : '');
  const [errors, setErrors] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorOf = (field: Problem['field']) => errors.find((e) => e.field === field)?.text;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problems(growth, setting, places);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    onApply({
      growthChange: growth.trim() === '' ? undefined : Number(growth.trim()),
      addedPlaces: places.trim() === '' ? undefined : { setting: setting as EhcpSetting, places: Number(places.trim()) },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="sendhub-no-print">
      {errors.length > 0 && (
        <ErrorSummary focusKey={attempt} items={errors.map((e) => ({ text: e.text, href: `#${e.field}` }))} />
      )}
      <h2 className="govuk-heading-m">Try a scenario</h2>
      <p className="govuk-body">Shown beside the forecast, in the tables and the download. Leave both empty for the forecast alone.</p>
      <Input
        id="growthChange"
        label="Change in growth a year (%)"
        hint="Demand grows this much faster each year than forecast; a negative number, slower. Like 2 or -1.5"
        value={growth}
        onChange={setGrowth}
        error={errorOf('growthChange')}
        inputMode="decimal"
        width="4"
      />
      <Select
        id="setting"
        label="Setting for added places"
        value={setting}
        onChange={setSetting}
        error={errorOf('setting')}
        options={[{ value: '', text: 'None' }, ...ehcpSettings.map((entry) => ({ value: entry.value, text: entry.label }))]}
      />
      <Input
        id="places"
        label="Places added"
        hint="From the first forecast year, like 40"
        value={places}
        onChange={setPlaces}
        error={errorOf('places')}
        inputMode="numeric"
        width="5"
      />
      <Button type="submit">Show scenario</Button>
    </form>
  );
}
