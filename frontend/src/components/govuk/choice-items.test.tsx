import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChoiceItems, choiceId } from '@/components/govuk/choice-items';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the choice items', () => {
  it('gives the first item the group’s id, the error summary’s target', async () => {
    const { container } = renderComponent(
      <fieldset>
        <legend>Tier</legend>
        <ChoiceItems
          type="radio"
          name="tier"
          items={[
            { value: 'universal', label: 'Universal' },
            { value: 'targeted', label: 'Targeted' },
          ]}
          isChecked={(value) => value === 'targeted'}
          onChange={() => undefined}
        />
      </fieldset>,
    );

    expect(screen.getByRole('radio', { name: 'Universal' })).toHaveAttribute('id', 'tier');
    expect(screen.getByRole('radio', { name: 'Targeted' })).toHaveAttribute('id', choiceId('tier', 1));
    expect(screen.getByRole('radio', { name: 'Targeted' })).toBeChecked();
    await expectNoAxeViolations(container);
  });
});
