import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/app/page';
import { LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { Button } from '@/components/govuk/button';
import { Details } from '@/components/govuk/details';
import { Table } from '@/components/govuk/table';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { useSufficiency } from '@/features/sufficiency/api/get-sufficiency';
import { ForecastFanChart } from '@/features/sufficiency/components/forecast-fan-chart';
import { ScenarioForm } from '@/features/sufficiency/components/scenario-form';
import { SufficiencyTable } from '@/features/sufficiency/components/sufficiency-table';
import type { EhcpSetting, ScenarioRequest, Sufficiency, SufficiencyRow } from '@/features/sufficiency/types';
import { decisionEvidence } from '@/features/sufficiency/utils/decision-evidence';
import { sufficiencyCsv } from '@/features/sufficiency/utils/sufficiency-csv';
import { saveFile } from '@/lib/file-download';
import { areaPath, newDecisionPath, servicePath, servicesPath } from '@/lib/paths';
import { ehcpSettings, formatCapacity } from '@/lib/service-labels';
import { labelOf } from '@/lib/labels';
import '@/features/insight/insight.css';
import '@/features/sufficiency/sufficiency.css';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function scenarioFrom(params: URLSearchParams): ScenarioRequest {
  const growth = params.get('growthChange');
  const setting = params.get('setting');
  const places = params.get('places');
  const known = ehcpSettings.some((entry) => entry.value === setting);
  return {
    growthChange: growth !== null && growth.trim() !== '' && !Number.isNaN(Number(growth)) ? Number(growth) : undefined,
    addedPlaces: known && places && /^\d+$/.test(places) ? { setting: setting as EhcpSetting, places: Number(places) } : undefined,
  };
}

function download(sufficiency: Sufficiency) {
  saveFile(new Blob([sufficiencyCsv(sufficiency)], { type: 'text/csv' }), `sufficiency-${sufficiency.areaCode}.csv`);
}

function scenarioWords(scenario: Sufficiency['scenario']): string | null {
  if (!scenario) return null;
  const parts = [];
  if (scenario.growthChange !== 0) parts.push(`demand growing ${Math.abs(scenario.growthChange)}% a year ${scenario.growthChange > 0 ? 'faster' : 'slower'} than forecast`);
  for (const added of scenario.addedPlaces) parts.push(`${whole.format(added.places)} places added to ${labelOf(ehcpSettings, added.setting).toLowerCase()}`);
  return parts.length === 0 ? null : `The scenario: ${parts.join(', and ')}.`;
}

export function SufficiencyRoute() {
  const { areaCode = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const scenario = scenarioFrom(searchParams);
  const area = useArea(areaCode);
  const sufficiency = useSufficiency(areaCode, scenario);
  const me = useMe();
  const navigate = useNavigate();

  if (area.isError) return <LoadFailurePage error={area.error} />;
  if (sufficiency.isError) return <LoadFailurePage error={sufficiency.error} />;
  if (area.isPending || sufficiency.isPending) return <LoadingPage />;

  const data = sufficiency.data;
  const shortfalls = data.rows.filter((row) => row.shortfall);
  const withScenario = data.scenario !== null;
  const canDecide = me.data?.canEdit === true;
  // The decision form starts on the service when only one serves the setting; the figures go with it as its evidence.
  const recordDecision = (row: SufficiencyRow) =>
    navigate(newDecisionPath(areaCode, row.services.length === 1 ? row.services[0].id : undefined), {
      state: { forecastEvidence: decisionEvidence(data, row, new Date()) },
    });
  const apply = (next: ScenarioRequest) => {
    const params = new URLSearchParams();
    if (next.growthChange !== undefined) params.set('growthChange', String(next.growthChange));
    if (next.addedPlaces) {
      params.set('setting', next.addedPlaces.setting);
      params.set('places', String(next.addedPlaces.places));
    }
    setSearchParams(params);
  };

  return (
    <Page
      title={`Sufficiency – ${area.data.name}`}
      breadcrumbs={[
        { text: 'Your areas', to: '/' },
        { text: area.data.name, to: areaPath(areaCode) },
      ]}
    >
      <span className="govuk-caption-l">{area.data.name}</span>
      <h1 className="govuk-heading-l">Sufficiency</h1>
      <p className="govuk-body">
        The number of EHC plans by type of setting, forecast {data.horizon} years ahead from DfE&apos;s published figures, against the capacity of
        the area&apos;s active and planned services that serve each setting. The gap is the forecast less the capacity: above zero, the area is
        short.
      </p>

      {data.servicesWithCapacity === 0 && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">No service records its capacity yet</h2>
          <p className="govuk-body">
            So there is no gap to show, only the forecast. To add capacity, open a service in the{' '}
            <Link className="govuk-link" to={servicesPath(areaCode)}>
              services register
            </Link>
            , choose Change, and enter its capacity (places, or caseload a year) and the settings it serves. Its capacity then counts here for each
            of those settings, in each year its contract runs.
          </p>
        </div>
      )}

      <h2 className="govuk-heading-m">Gaps</h2>
      {shortfalls.length === 0 ? (
        <p className="govuk-body">
          {data.servicesWithCapacity === 0 ? 'No gap can be worked out until a service records its capacity.' : 'No shortfall is forecast where a capacity is recorded.'}
        </p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {shortfalls.map((row) => (
            <li key={row.code}>
              <a className="govuk-link" href={`#${row.code}`}>
                {row.label}
              </a>
              : short from {row.firstShortfallPeriod}, by up to {whole.format(row.largestGap ?? 0)}
            </li>
          ))}
        </ul>
      )}

      <ScenarioForm key={searchParams.toString()} scenario={scenario} onApply={apply} />
      {scenarioWords(data.scenario) && <p className="govuk-body">{scenarioWords(data.scenario)}</p>}

      <Button variant="secondary" onClick={() => download(data)} className="sendhub-no-print">
        Download as CSV
      </Button>

      {data.rows.map((row) => (
        <section key={row.code} aria-labelledby={row.code} className="sendhub-report-block">
          <h2 className="govuk-heading-m" id={row.code} tabIndex={-1}>
            {row.label}
          </h2>
          <ForecastFanChart row={row} />
          <SufficiencyTable row={row} withScenario={withScenario} />
          {row.services.length === 0 ? (
            <p className="govuk-body">No active or planned service serves this setting.</p>
          ) : (
            <>
              <h3 className="govuk-heading-s">Services serving it</h3>
              <ul className="govuk-list">
                {row.services.map((service) => (
                  <li key={service.id}>
                    <Link className="govuk-link" to={servicePath(areaCode, service.id)}>
                      {service.name}
                    </Link>
                    : {formatCapacity(service.capacity, service.capacityUnit) ?? 'no capacity recorded'}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canDecide && (
            <>
              <p className="govuk-hint sendhub-no-print" id={`${row.code}-decision-hint`}>
                The decision keeps the forecast figures above as they are today{withScenario ? ', without the scenario' : ''}.
              </p>
              <Button variant="secondary" className="sendhub-no-print" onClick={() => recordDecision(row)} aria-describedby={`${row.code}-decision-hint`}>
                Record a decision on this evidence
              </Button>
            </>
          )}
        </section>
      ))}

      {data.notForecast.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Not forecast</h2>
          <Table
            caption="Settings and needs that cannot be forecast, and why"
            rowHeader
            head={[{ text: 'Setting or need' }, { text: 'Why not' }]}
            rows={data.notForecast.map((item) => ({
              key: `${item.dimension}-${item.code}`,
              cells: [item.dimension === 'need' ? `Primary need: ${item.label}` : item.label, item.reason.charAt(0).toUpperCase() + item.reason.slice(1)],
            }))}
          />
        </>
      )}

      <Details summary="How the forecast is made">
        <p className="govuk-body">{data.method.description}</p>
        <p className="govuk-body">
          A service counts in a year when its contract, where dates are given, runs on any day of that academic year. A service that serves several
          settings counts its whole capacity in each.
        </p>
      </Details>
    </Page>
  );
}
