import { describe, it, expect } from 'vitest';
import { linkStorylines } from './storylines.js';
import type { StoryInfo } from './storyClusterer.js';

const story = (id: string, ents: string[], terms: string[], from?: string, to?: string): StoryInfo => {
  const s: StoryInfo = { id, articleIds: [id], entityKeys: ents, entityWeights: ents.map(() => 1), topTerms: terms };
  if (from && to) s.dateRange = [from, to];
  return s;
};

describe('linkStorylines', () => {
  it('links stories sharing salient entities, with evidence, and leaves unrelated ones alone', () => {
    const lines = linkStorylines([
      story('s1', ['per:putin', 'loc:pyongyang', 'per:kim'], ['زيار', 'قمه'], '2024-06-18', '2024-06-20'),
      story('s2', ['per:lavrov', 'loc:pyongyang', 'per:kim'], ['زيار', 'وزير'], '2024-07-11', '2024-07-13'),
      story('s3', ['org:fifa', 'loc:doha'], ['مباراه'], '2024-07-12', '2024-07-12'),
    ]);
    expect(lines).toHaveLength(2);
    const l = lines.find((x) => x.storyIds.includes('s1'));
    expect(l?.storyIds).toEqual(['s1', 's2']);
    expect(l?.id).toBe('Ls1');
    expect(l?.links[0]?.sharedEntities).toEqual(['loc:pyongyang', 'per:kim']);
    expect(l?.links[0]?.gapDays).toBe(21);
  });

  it('does not link across more than the window', () => {
    const lines = linkStorylines([story('a', ['x', 'y'], [], '2015-01-01', '2015-01-02'), story('b', ['x', 'y'], [], '2017-01-01', '2017-01-02')]);
    expect(lines).toHaveLength(2);
  });

  it('falls back to topic terms when stories have no entities', () => {
    const lines = linkStorylines([story('a', [], ['نفط', 'اسعار', 'برميل']), story('b', [], ['نفط', 'اسعار', 'اوبك'])]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.links[0]?.sharedTerms).toEqual(['نفط', 'اسعار']);
  });
});
