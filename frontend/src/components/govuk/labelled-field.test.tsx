import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabelledField } from '@/components/govuk/labelled-field';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the labelled field', () => {
  it('labels its control, with the hint and error above it', async () => {
    const { container } = renderComponent(
      <LabelledField id="name" label="Name" hint="As the provider calls it" error="Enter a name">
        <input id="name" aria-describedby="name-hint name-error" />
      </LabelledField>,
    );

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('As the provider calls it Error: Enter a name');
    await expectNoAxeViolations(container);
  });
});
