import { describe, expect, it } from 'vitest';
import { keyOf, bo, setupVisits } from './kit.js';

describe('visits test kit', () => {
  it('sets up a network with five members at two schools', async () => {
    const kit = await setupVisits();
    const group = await kit.group();
    expect(group.kind).toBe('network');
    expect((await kit.h.deps.storage.memberships.listByGroup(kit.groupId)).filter((m) => m.active)).toHaveLength(5);
    expect((await kit.h.deps.storage.people.get(keyOf(bo)))?.school).toBe('De Linde');
  });
});
