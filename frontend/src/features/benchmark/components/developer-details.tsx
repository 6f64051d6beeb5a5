import { Details } from '@/components/govuk/details';
import type { ConfidenceLevel } from '@/features/benchmark/types';

/** The API calls behind the page, for an analyst who wants the same figures in R or Power BI; hidden until asked for. */
export function DeveloperDetails({ code, confidence }: { code: string; confidence: ConfidenceLevel }) {
  const call = (format: string) => `GET /api/v1/geography/${code}/profile?confidence=${confidence}&format=${format}`;
  return (
    <Details summary="For developers">
      <p className="govuk-body">The page and its downloads come from the SEND Hub API, with a bearer token:</p>
      <ul className="govuk-list">
        {['json', 'csv', 'fingertips'].map((format) => (
          <li key={format}>
            <code className="sendhub-code">{call(format)}</code>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        Add <code className="sendhub-code">compareTo</code> (repeatable) to compare with other places. The contract is in openapi.yaml.
      </p>
    </Details>
  );
}
