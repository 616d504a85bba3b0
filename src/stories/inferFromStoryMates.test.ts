import { describe, it, expect } from 'vitest';
import { inferFromStoryMates } from './inferFromStoryMates.js';

describe('inferFromStoryMates', () => {
  it('bounds an undated member by its dated mates, narrowed by its own window when they agree', () => {
    const w = inferFromStoryMates([
      { id: 'a', published: '2024-03-10T08:00' },
      { id: 'b', published: '2024-03-11' },
      { id: 'c', window: { earliest: '2024-03-09', latest: null } },
      { id: 'd' },
    ]);
    expect(w.map((x) => x.id)).toEqual(['c', 'd']);
    expect(w[0]).toMatchObject({ earliest: '2024-03-09', latest: '2024-03-14', basis: 'dated-mates', mates: ['a', 'b'], conflict: false });
    expect(w[1]).toMatchObject({ earliest: '2024-03-07', latest: '2024-03-14', basis: 'dated-mates' });
  });

  it('lets the mates win over a contradicting own window, and says so', () => {
    const [w] = inferFromStoryMates([{ id: 'a', published: '2024-03-10' }, { id: 'c', window: { earliest: '2023-01-01', latest: '2023-01-31' } }], { slackDays: 1 });
    expect(w).toMatchObject({ earliest: '2024-03-09', latest: '2024-03-11', conflict: true });
  });

  it('without dated mates, intersects the undated members’ windows', () => {
    const w = inferFromStoryMates([
      { id: 'x', window: { earliest: '2025-02-01', latest: '2025-02-28' } },
      { id: 'y', window: { earliest: '2021-05-01', latest: null } },
      { id: 'z' },
    ]);
    expect(w.find((m) => m.id === 'y')).toMatchObject({ earliest: '2025-01-29', latest: '2025-03-03', basis: 'mate-windows', mates: ['x'] });
    expect(w.find((m) => m.id === 'x')).toMatchObject({ earliest: '2025-02-01', latest: '2025-02-28', basis: 'own', mates: [] });
    expect(w.find((m) => m.id === 'z')).toMatchObject({ earliest: '2025-01-29', latest: '2025-03-03', basis: 'mate-windows' });
  });

  it('returns nothing for a story of dated members, open windows for one with no evidence', () => {
    expect(inferFromStoryMates([{ id: 'a', published: '2024-01-01' }])).toEqual([]);
    expect(inferFromStoryMates([{ id: 'a' }, { id: 'b' }])).toEqual([
      { id: 'a', earliest: null, latest: null, basis: 'own', mates: [], conflict: false },
      { id: 'b', earliest: null, latest: null, basis: 'own', mates: [], conflict: false },
    ]);
  });
});
