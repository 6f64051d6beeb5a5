import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangeControls } from '@/components/record-controls';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('archiving a record', () => {
  it('asks first, with the focus on the question, and archives only when confirmed', async () => {
    const onArchive = vi.fn();
    const user = userEvent.setup();
    const { container } = renderComponent(<ChangeControls noun="service" archived={false} editHref="/edit" onArchive={onArchive} onRestore={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Archive service' }));

    expect(onArchive).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Are you sure you want to archive this service?' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Are you sure you want to archive this service?' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Yes, archive this service' }));
    expect(onArchive).toHaveBeenCalledTimes(1);
  });

  it('puts everything back, the focus on Archive, when cancelled', async () => {
    const onArchive = vi.fn();
    const user = userEvent.setup();
    renderComponent(<ChangeControls noun="priority" archived={false} editHref="/edit" onArchive={onArchive} onRestore={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Archive priority' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onArchive).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: /Are you sure/ })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Archive priority' })).toHaveFocus());
  });

  it('restores without asking, as restoring loses nothing', async () => {
    const onRestore = vi.fn();
    const user = userEvent.setup();
    renderComponent(<ChangeControls noun="outcome" archived editHref="/edit" onArchive={vi.fn()} onRestore={onRestore} />);

    await user.click(screen.getByRole('button', { name: 'Restore outcome' }));
    expect(onRestore).toHaveBeenCalledTimes(1);
  });
});
