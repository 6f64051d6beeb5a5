import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FileUpload } from '@/components/govuk/file-upload';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the file upload', () => {
  it('is a labelled file input described by its hint and error', async () => {
    const { container } = renderComponent(
      <FileUpload id="file" label="CSV file" hint="Saved from the template" error="Select a CSV file" accept=".csv" onChange={() => undefined} />,
    );

    const input = screen.getByLabelText('CSV file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription('Saved from the template Error: Select a CSV file');
    await expectNoAxeViolations(container);
  });
});
