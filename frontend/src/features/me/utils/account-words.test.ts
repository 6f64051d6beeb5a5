import { describe, expect, it } from 'vitest';
import { accountName, roleWords } from '@/features/me/utils/account-words';

describe('the signed-in account in words', () => {
  it('names a role as people say it', () => {
    expect(roleWords(['admin'])).toBe('Administrator');
    expect(roleWords(['viewer'])).toBe('Viewer');
  });

  it('lists several roles most powerful first', () => {
    expect(roleWords(['viewer', 'analyst', 'editor'])).toBe('Editor, Analyst and Viewer');
  });

  it('falls back to the user name when the account has no name', () => {
    expect(accountName({ name: null, username: 'editor.manchester' })).toBe('editor.manchester');
    expect(accountName({ name: '  ', username: 'editor.manchester' })).toBe('editor.manchester');
    expect(accountName({ name: 'Edith Editor', username: 'editor.manchester' })).toBe('Edith Editor');
  });
});
