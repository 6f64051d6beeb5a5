import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorMessage } from '@/components/govuk/error-message';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreateDecision } from '@/features/decision/api/create-decision';
import { getDecision } from '@/features/decision/api/get-decision';
import { useUpdateDecision } from '@/features/decision/api/update-decision';
import { ForecastEvidenceTable, forecastInWords } from '@/features/decision/components/forecast-evidence-table';
import type { Decision, ForecastEvidence, VersionedDecision } from '@/features/decision/types';
import { decisionFormFields, toInput, type DecisionFormValues } from '@/features/decision/utils/form-values';
import { decisionKinds } from '@/lib/decision-labels';
import { formatDate, orNone } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { linkedLabels, type LinkOption } from '@/lib/link-choices';
import type { FieldWords } from '@/lib/record-merge';
import { submitWith, useRecordForm } from '@/lib/use-record-form';

function savedRows(decision: Decision, services: LinkOption[], indicators: LinkOption[], coproduction: LinkOption[]) {
  return [
    { key: 'Service', value: linkedLabels([decision.serviceId], services) },
    { key: 'Date decided', value: formatDate(decision.decidedOn) },
    { key: 'Decision', value: labelOf(decisionKinds, decision.decision) },
    { key: 'Decided by', value: decision.decidedBy },
    { key: 'Rationale', value: orNone(decision.rationale) },
    { key: 'Indicators', value: linkedLabels(decision.indicatorCodes, indicators) },
    { key: 'Co-production', value: linkedLabels(decision.coproductionIds, coproduction) },
  ];
}

/** The form's values, as the merge of a conflict says them: in the words of its controls and saved version. */
function valueWords(services: LinkOption[], indicators: LinkOption[], coproduction: LinkOption[]): FieldWords<DecisionFormValues> {
  return {
    serviceId: (id) => (id ? linkedLabels([id], services) : 'None'),
    decision: (kind) => orNone(labelOf(decisionKinds, kind || undefined)),
    indicatorCodes: (codes) => linkedLabels(codes, indicators),
    coproductionIds: (ids) => linkedLabels(ids, coproduction),
    forecastEvidence: (evidence) => (evidence ? forecastInWords(evidence, indicatorName(indicators, evidence.indicatorCode)) : 'None'),
  };
}

function indicatorName(indicators: LinkOption[], code: string): string {
  return indicators.find((indicator) => indicator.id === code)?.label ?? 'The indicator';
}

/** The services to choose from: those not archived, and the one chosen even if it is. */
function serviceChoices(services: LinkOption[], chosen: string) {
  return [
    { value: '', text: 'Choose a service' },
    ...services
      .filter((service) => !service.archived || service.id === chosen)
      .map((service) => ({ value: service.id, text: service.archived ? `${service.label} (archived)` : service.label })),
  ];
}

export function DecisionForm({
  areaCode,
  services,
  indicators,
  coproduction,
  start,
  existing,
  heading,
  caption,
  cancelHref,
  onSaved,
}: RecordFormProps<VersionedDecision> & {
  areaCode: string;
  /** The area's services, the catalogue's indicators and the area's co-production records, offered by name. */
  services: LinkOption[];
  indicators: LinkOption[];
  coproduction: LinkOption[];
  /** Where a new decision starts: on a service, with the figures a forecast page handed over. */
  start?: { serviceId?: string; forecastEvidence?: ForecastEvidence | null };
}) {
  const form = useRecordForm({
    ...decisionFormFields(start),
    existing,
    submit: submitWith(existing, toInput, useCreateDecision(areaCode), useUpdateDecision(areaCode), onSaved),
    fetchLatest: () => getDecision(areaCode, existing?.record.id ?? ''),
  });
  const { values, field, choice, date, links, errorFor } = form;
  const evidence = values.forecastEvidence;
  const forecastError = errorFor('forecastEvidence');

  return (
    <RecordForm
      form={form}
      noun="decision"
      savedRows={(saved) => savedRows(saved, services, indicators, coproduction)}
      valueWords={valueWords(services, indicators, coproduction)}
      caption={caption}
      heading={heading}
      submitLabel="Save decision"
      cancelHref={cancelHref}
    >
      <Select {...field('serviceId')} label="Service" hint="The service the decision is about" options={serviceChoices(services, values.serviceId)} />
      <DateInput {...date('decidedOn')} legend="Date decided" hint="The day it was decided, not a day to come" />
      <Radios
        {...choice('decision')}
        legend="Decision"
        items={decisionKinds.map((kind) => ({ value: kind.value, label: kind.label, hint: kind.hint }))}
      />
      <Input {...field('decidedBy')} label="Decided by" hint="Who took it, like the SEND Board or the Joint Commissioning Group" />
      <Textarea {...field('rationale')} label="Rationale" hint="Why, on the evidence below" />
      <Checkboxes
        {...links('indicatorCodes', indicators)}
        legend="Indicators it was taken on"
        hint="The evidence of need it relied on"
        none="The indicator catalogue is empty."
        small
      />
      <Checkboxes
        {...links('coproductionIds', coproduction)}
        legend="Co-production it was taken on"
        hint="What children, young people and families told us that it relied on"
        none="This area has no co-production records yet."
        small
      />
      {evidence && (
        <div id="forecastEvidence" tabIndex={-1}>
          {forecastError && <ErrorMessage id="forecastEvidence-error">{forecastError}</ErrorMessage>}
          <ForecastEvidenceTable
            evidence={evidence}
            indicatorName={indicatorName(indicators, evidence.indicatorCode)}
          />
        </div>
      )}
    </RecordForm>
  );
}
