import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RagTag, ragStatusTag, type RagStatus } from '@/components/rag-tag';

describe('RAG status tags', () => {
  it.each<[RagStatus, string, string]>([
    ['not_started', 'Not started', 'govuk-tag--grey'],
    ['on_track', 'On track', 'govuk-tag--green'],
    ['at_risk', 'At risk', 'govuk-tag--orange'],
    ['off_track', 'Off track', 'govuk-tag--red'],
    ['achieved', 'Achieved', 'govuk-tag--blue'],
  ])('shows %s as "%s" in %s', (status, label, className) => {
    render(<RagTag status={status} />);

    const tag = screen.getByText(label);
    expect(tag).toHaveClass('govuk-tag', className);
    expect(ragStatusTag(status).label).toBe(label);
  });
});
