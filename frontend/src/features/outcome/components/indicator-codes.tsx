import { useIndicatorChoices } from '@/lib/indicator-choices';

/** The indicators that show an outcome's progress, by name, one a line; `none` when it has none. */
export function IndicatorCodes({ areaCode, codes, none }: { areaCode: string; codes: string[]; none: string }) {
  const choices = useIndicatorChoices(areaCode);
  if (codes.length === 0) return none;
  const nameOf = (code: string) =>
    choices.data?.find((choice) => choice.code === code)?.name ?? (choices.isPending ? 'Loading…' : 'An indicator no longer in the catalogue');
  return (
    <ul className="govuk-list">
      {codes.map((code) => (
        <li key={code}>{nameOf(code)}</li>
      ))}
    </ul>
  );
}
