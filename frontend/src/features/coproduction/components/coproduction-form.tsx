import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreateCoproduction } from '@/features/coproduction/api/create-coproduction';
import { getCoproduction } from '@/features/coproduction/api/get-coproduction';
import { useUpdateCoproduction } from '@/features/coproduction/api/update-coproduction';
import { participantLines, Participants } from '@/features/coproduction/components/participants';
import { CoproductionStatusTag } from '@/features/coproduction/components/coproduction-tags';
import type { Coproduction, VersionedCoproduction } from '@/features/coproduction/types';
import {
  participantGroups,
  toInput,
  type CoproductionFormValues,
  coproductionFormFields,
} from '@/features/coproduction/utils/form-values';
import { coproductionKinds, coproductionStatuses, lundyPrinciples } from '@/lib/coproduction-labels';
import { formatDate, orNone } from '@/lib/format';
import { labelOf, labelsOf } from '@/lib/labels';
import { linkedLabels, type LinkOption } from '@/lib/link-choices';
import type { FieldWords } from '@/lib/record-merge';
import { submitWith, useRecordForm } from '@/lib/use-record-form';

function savedRows(record: Coproduction, priorities: LinkOption[], services: LinkOption[]) {
  return [
    { key: 'Title', value: record.title },
    { key: 'Kind', value: labelOf(coproductionKinds, record.kind) },
    { key: 'Held on', value: orNone(formatDate(record.heldOn)) },
    { key: 'Who took part', value: <Participants participants={record.participants} /> },
    { key: 'Partners', value: orNone(record.partners.join(', ')) },
    { key: 'Lundy principles', value: labelsOf(lundyPrinciples, record.principles) },
    { key: 'You said', value: orNone(record.youSaid) },
    { key: 'We did', value: orNone(record.weDid) },
    { key: 'Feedback given', value: orNone(formatDate(record.feedbackGivenOn)) },
    { key: 'Status', value: <CoproductionStatusTag status={record.status} /> },
    { key: 'Priorities', value: linkedLabels(record.priorityIds, priorities) },
    { key: 'Services', value: linkedLabels(record.serviceIds, services) },
  ];
}

/** The form's values, as the merge of a conflict says them: in the words of its controls and saved version. */
function valueWords(priorities: LinkOption[], services: LinkOption[]): FieldWords<CoproductionFormValues> {
  return {
    kind: (kind) => orNone(labelOf(coproductionKinds, kind || undefined)),
    participants: (participants) => participantLines(participants).join('\n') || 'Not recorded',
    principles: (principles) => labelsOf(lundyPrinciples, principles),
    status: (status) => labelOf(coproductionStatuses, status),
    priorityIds: (ids) => linkedLabels(ids, priorities),
    serviceIds: (ids) => linkedLabels(ids, services),
  };
}

export function CoproductionForm({
  areaCode,
  priorities,
  services,
  existing,
  heading,
  caption,
  cancelHref,
  onSaved,
}: RecordFormProps<VersionedCoproduction> & {
  areaCode: string;
  /** The area's priorities and services, to link the record to. */
  priorities: LinkOption[];
  services: LinkOption[];
}) {
  const form = useRecordForm({
    ...coproductionFormFields,
    existing,
    submit: submitWith(existing, toInput, useCreateCoproduction(areaCode), useUpdateCoproduction(areaCode), onSaved),
    fetchLatest: () => getCoproduction(areaCode, existing?.record.id ?? ''),
  });
  const { values, setValues, errorFor, field, choice, choices, date, links } = form;
  const setParticipants = (name: keyof CoproductionFormValues['participants']) => (count: string) =>
    setValues((current) => ({ ...current, participants: { ...current.participants, [name]: count } }));

  return (
    <RecordForm
      form={form}
      noun="co-production record"
      savedRows={(saved) => savedRows(saved, priorities, services)}
      valueWords={valueWords(priorities, services)}
      caption={caption}
      heading={heading}
      submitLabel="Save co-production record"
      cancelHref={cancelHref}
    >
      <Input {...field('title')} label="Title" />
      <Radios {...choice('kind')} legend="Kind" items={coproductionKinds.map((kind) => ({ value: kind.value, label: kind.label }))} />
      <DateInput {...date('heldOn')} legend="Date held" />
      <Fieldset id="participants" legend="Who took part" legendSize="s" hint="How many of each took part. Leave empty if not known.">
        {participantGroups.map((group) => (
          <Input
            key={group.name}
            id={`participants-${group.name}`}
            label={group.label}
            inputMode="numeric"
            width="4"
            value={values.participants[group.name]}
            onChange={setParticipants(group.name)}
            error={errorFor(`participants-${group.name}`)}
          />
        ))}
      </Fieldset>
      <Textarea {...field('partners')} label="Partners" hint="Who ran it with us, one a line, like the parent carer forum" rows={3} />
      <Checkboxes
        {...choices('principles')}
        legend="Lundy principles it met"
        hint="Select all that apply"
        items={lundyPrinciples.map((principle) => ({ value: principle.value, label: principle.label, hint: principle.hint }))}
      />
      <Textarea {...field('youSaid')} label="You said" hint="What we heard" />
      <Textarea {...field('weDid')} label="We did" hint="What changed because of it. Needed before the record can be closed." />
      <DateInput
        {...date('feedbackGivenOn')}
        legend="Date feedback was given"
        hint="The day we told those who took part what we did: this closes the loop. Needed before the record can be closed."
      />
      <Radios
        {...choice('status')}
        legend="Status"
        hint="Closed means the loop is closed: give what we did and the date feedback was given first"
        inline
        items={coproductionStatuses.map((status) => ({ value: status.value, label: status.label }))}
      />
      <Checkboxes {...links('priorityIds', priorities)} legend="Priorities it shaped" none="This area has no priorities yet." />
      <Checkboxes {...links('serviceIds', services)} legend="Services it shaped" none="This area has no services yet." />
    </RecordForm>
  );
}
