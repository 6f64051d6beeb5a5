import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormPage } from '@/app/form-page';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { FormProblems } from '@/components/form-problems';
import { useCreateArea } from '@/features/area/api/create-area';
import { PlaceFinder, placeFinderControl, usePlaceFinder } from '@/features/geography/components/place-finder';
import type { PlaceSummary } from '@/features/geography/types';
import { placeHint } from '@/features/geography/utils/place-labels';
import { ApiError, type FieldError } from '@/lib/api-client';
import { readableMessage } from '@/lib/field-errors';
import { areaPath } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

const labels = { code: 'Local authority', name: 'Name', icbCode: 'ICB code', icbName: 'ICB name' };

/** The form's control for each field of the API's input: the local authority is chosen, not typed. */
function controlOf(field: string, placeControl: string): string | undefined {
  const root = field.split('.').at(-1) ?? field;
  if (root === 'code' || root === 'name') return placeControl;
  return root === 'icbCode' || root === 'icbName' ? root : undefined;
}

function textOrNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** Administrators add an area: a local authority of England's geography, found by name, with its ICB. */
export function AreaNewRoute() {
  return (
    <FormPage loads={[]} may={(me) => me.isAdmin} forbidden={{ heading: 'You cannot add areas', reason: 'Only administrators add areas.' }} backLink="/">
      {() => <AreaForm />}
    </FormPage>
  );
}

function AreaForm() {
  const finder = usePlaceFinder('local_authority');
  const [chosen, setChosen] = useState<PlaceSummary>();
  const [icbCode, setIcbCode] = useState('');
  const [icbName, setIcbName] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const create = useCreateArea();
  const navigate = useNavigate();
  const hasProblems = fieldErrors.length > 0 || failure !== undefined;
  useDocumentTitle('Add an area', hasProblems);

  const placeControl = placeFinderControl('place', finder);
  const described = fieldErrors.map((error) => ({ text: readableMessage(error, labels), control: controlOf(error.field, placeControl) }));
  const errorOn = (control: string) => described.find((error) => error.control === control)?.text;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setFailure(undefined);
    if (!chosen) {
      setFieldErrors([{ field: 'code', message: 'Find and choose the local authority' }]);
      return;
    }
    setFieldErrors([]);
    try {
      const saved = await create.mutateAsync({ code: chosen.code, name: chosen.name, icbCode: textOrNull(icbCode), icbName: textOrNull(icbName), demo: false });
      navigate(areaPath(saved.record.code));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setFieldErrors([{ field: 'code', message: `${chosen.name} is already an area of SEND Hub` }]);
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setFieldErrors(error.fieldErrors);
      } else {
        setFailure(error instanceof ApiError ? error : new ApiError({ status: 0, title: 'The service could not be reached', detail: 'Check your connection and try again.' }));
      }
    }
  };

  return (
    <>
      <FormProblems
        errors={described.map((error) => ({ text: error.text, href: error.control ? `#${error.control}` : undefined }))}
        failure={failure}
        attempt={attempt}
      />
      <span className="govuk-caption-l">Areas</span>
      <h1 className="govuk-heading-l">Add an area</h1>
      <p className="govuk-body">
        An area is a local area partnership that keeps its records in SEND Hub: one local authority of England, with its integrated care board
        (ICB).
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Add an area">
        <PlaceFinder
          id="place"
          finder={finder}
          label="Find the local authority"
          hint="Part of its name, like Stockport, or its GSS code"
          noun="local authority"
          plural="local authorities"
          error={errorOn(placeControl)}
          multiple={false}
          chosen={chosen?.code ?? ''}
          onChoose={(code, results) => setChosen(results.find((place) => place.code === code))}
        />
        {chosen && (
          <p className="govuk-inset-text" aria-live="polite">
            Chosen: <strong>{chosen.name}</strong> ({placeHint(chosen)})
          </p>
        )}
        <Input id="icbCode" label="ICB code (optional)" hint="Its GSS code, like E54000057" width="10" spellCheck={false} value={icbCode} onChange={setIcbCode} error={errorOn('icbCode')} />
        <Input id="icbName" label="ICB name (optional)" hint="Like NHS Greater Manchester ICB" value={icbName} onChange={setIcbName} error={errorOn('icbName')} />
        <ButtonGroup>
          <Button type="submit" disabled={create.isPending}>
            Add area
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
