import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Collection } from '../../src/storage/shared/collection.js';

const schema = z.object({ id: z.string(), group: z.string().optional() });
type Row = z.output<typeof schema>;

describe('Collection secondary indexes', () => {
  it('follow every write: set, replace with another indexed value, remove, and load', () => {
    const c = new Collection<Row>('rows', schema, () => {}).indexBy('group', (r) => r.group);
    c.set('a', { id: 'a', group: 'g1' });
    c.set('b', { id: 'b', group: 'g1' });
    c.set('c', { id: 'c' });
    expect(c.lookup('group', 'g1').map((r) => r.id).sort()).toEqual(['a', 'b']);
    c.set('a', { id: 'a', group: 'g2' });
    expect(c.lookup('group', 'g1').map((r) => r.id)).toEqual(['b']);
    expect(c.lookup('group', 'g2').map((r) => r.id)).toEqual(['a']);
    c.removeWhere((r) => r.id === 'b');
    expect(c.lookup('group', 'g1')).toEqual([]);
    c.load({ x: { id: 'x', group: 'g1' } });
    expect(c.lookup('group', 'g1').map((r) => r.id)).toEqual(['x']);
    expect(c.lookup('group', 'g2')).toEqual([]);
  });

  it('returns copies, and refuses an index it does not have', () => {
    const c = new Collection<Row>('rows', schema, () => {}).indexBy('group', (r) => r.group);
    c.set('a', { id: 'a', group: 'g1' });
    const [copy] = c.lookup('group', 'g1');
    copy!.group = 'changed';
    expect(c.lookup('group', 'g1')).toHaveLength(1);
    expect(() => c.lookup('nope', 'x')).toThrow(/no index nope/);
  });

  it('indexes records already present when the index is added', () => {
    const c = new Collection<Row>('rows', schema, () => {});
    c.load({ a: { id: 'a', group: 'g1' } });
    c.indexBy('group', (r) => r.group);
    expect(c.lookup('group', 'g1').map((r) => r.id)).toEqual(['a']);
  });
});
