import { describe, it, expect } from 'vitest';
import { linkStorylines, type StorylineStats } from './storylines.js';
import type { StoryInfo } from './storyClusterer.js';

const story = (id: string, ents: string[], terms: string[], from?: string, to?: string, weights?: number[]): StoryInfo => {
  const s: StoryInfo = { id, articleIds: [id], entityKeys: ents, entityWeights: weights ?? ents.map(() => 1), topTerms: terms };
  if (from && to) s.dateRange = [from, to];
  return s;
};

/**
 * Background stories of one country: each names the capital, the country and the king strongly,
 * and has its own place, person, organisation and topic terms; with `pairs`, the place is a region
 * shared with a tenth of the stories and the organisation is shared with a neighbour.
 */
const background = (n: number, prefix = 'bg', pairs = false): StoryInfo[] =>
  Array.from({ length: n }, (_, i) =>
    story(`${prefix}${i}`, ['loc:capital', 'loc:country', 'per:king', pairs ? `loc:region${i % 10}` : `loc:own${prefix}${i}`, `per:p${prefix}${i}`, `org:o${prefix}${pairs ? Math.floor(i / 2) : i}`], ['عاصمه', 'ملك', `موضوع${prefix}${i}`, `امر${prefix}${i}`], '2024-03-01', '2024-03-02', [3, 2, 2, 1, 1, 0.5]),
  );

const lineOf = (lines: ReturnType<typeof linkStorylines>, id: string): string[] => lines.find((l) => l.storyIds.includes(id))?.storyIds ?? [];

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
    expect([...(l?.links[0]?.sharedEntities ?? [])].sort()).toEqual(['loc:pyongyang', 'per:kim']);
    expect(l?.links[0]?.gapDays).toBe(21);
  });

  it('does not link across more than the window', () => {
    const lines = linkStorylines([story('a', ['x', 'y'], [], '2015-01-01', '2015-01-02'), story('b', ['x', 'y'], [], '2017-01-01', '2017-01-02')]);
    expect(lines).toHaveLength(2);
  });

  it('falls back to topic terms when stories have no entities', () => {
    const lines = linkStorylines([story('a', [], ['نفط', 'اسعار', 'برميل', 'انتاج']), story('b', [], ['نفط', 'اسعار', 'برميل', 'اوبك'])]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.links[0]?.sharedTerms).toEqual(['نفط', 'اسعار', 'برميل']);
  });

  it('needs a few shared keys: one shared currency and a term are not a storyline', () => {
    const lines = linkStorylines([story('a', ['misc:riyal'], ['مليار', 'ميزانيه']), story('b', ['misc:riyal'], ['مليار', 'عقار'])]);
    expect(lines).toHaveLength(2);
    expect(linkStorylines([story('a', ['misc:riyal'], ['مليار', 'ميزانيه']), story('b', ['misc:riyal'], ['مليار', 'عقار'])], { minSharedKeys: 2 })).toHaveLength(1);
  });

  it('does not link two stories that share only the generic capital, country and king', () => {
    const stories = background(30);
    const lines = linkStorylines(stories);
    // Every background story shares the capital, the country, the king and two terms with every
    // other one: the strongest things in each profile by raw salience.
    expect(lines).toHaveLength(30);
    expect(lines.every((l) => l.links.length === 0)).toBe(true);
  });

  it('links two stories through a rare shared person and a shared topic, and keeps the evidence', () => {
    const stories = [
      ...background(30),
      story('dam1', ['loc:capital', 'loc:country', 'per:engineer', 'org:dams'], ['عاصمه', 'سد', 'مياه', 'افتتاح'], '2024-03-01', '2024-03-02', [3, 2, 2, 1]),
      story('dam2', ['loc:country', 'per:engineer', 'loc:valley'], ['سد', 'مياه', 'فيضان'], '2024-05-10', '2024-05-11', [2, 2, 1]),
    ];
    const lines = linkStorylines(stories);
    expect(lineOf(lines, 'dam1')).toEqual(['dam1', 'dam2']);
    const link = lines.find((l) => l.storyIds.includes('dam1'))?.links[0];
    expect(link?.sharedEntities[0]).toBe('per:engineer');
    expect(link?.sharedEntities).toContain('loc:country');
    expect(link?.sharedTerms.slice(0, 2).sort()).toEqual(['سد', 'مياه'].sort());
    expect(link?.gapDays).toBe(69);
    // Neither joins the background through the generic keys.
    expect(lines.filter((l) => l.storyIds.length > 1)).toHaveLength(1);
  });

  it('does not weld two threads through a single weak link, but does through two', () => {
    // Two threads (a, b) each tightly linked; a2 and b1 share one minor person and two minor terms.
    const a = [
      story('a1', ['per:x', 'org:x'], ['الف', 'باء'], '2024-01-01', '2024-01-01'),
      story('a2', ['per:x', 'org:x', 'per:bridge'], ['الف', 'باء', 'جيم', 'حاء'], '2024-01-05', '2024-01-05', [1, 1, 0.6]),
    ];
    const b = [
      story('b1', ['per:y', 'org:y', 'per:bridge'], ['دال', 'هاء', 'جيم', 'حاء'], '2024-01-06', '2024-01-06', [1, 1, 0.6]),
      story('b2', ['per:y', 'org:y'], ['دال', 'هاء'], '2024-01-09', '2024-01-09'),
    ];
    const all = [...a, ...b, ...background(20)];
    const scores = linkStorylines(all, { relativeToBest: 0, bridgeScore: 0, threshold: 0 }).flatMap((l) => l.links);
    const bridge = scores.find((l) => [l.from, l.to].sort().join() === 'a2,b1');
    // The bridge clears the threshold on its own but stays below the bridge score.
    expect(bridge?.score ?? 0).toBeGreaterThanOrEqual(0.2);
    expect(bridge?.score ?? 1).toBeLessThan(0.5);
    const stats = {} as StorylineStats;
    const lines = linkStorylines(all, { relativeToBest: 0, stats });
    expect(lineOf(lines, 'a1')).toEqual(['a1', 'a2']);
    expect(lineOf(lines, 'b1')).toEqual(['b1', 'b2']);
    expect(stats.bridgesDropped).toBe(1);
    // A second bridge between the same two threads confirms the first.
    const b3 = story('b3', ['per:y', 'org:y', 'per:bridge'], ['دال', 'هاء', 'جيم', 'حاء'], '2024-01-07', '2024-01-07', [1, 1, 0.6]);
    const a3 = story('a3', ['per:x', 'org:x', 'per:bridge'], ['الف', 'باء', 'جيم', 'حاء'], '2024-01-04', '2024-01-04', [1, 1, 0.6]);
    const both = linkStorylines([...a, a3, ...b, b3, ...background(20)], { relativeToBest: 0 });
    expect(lineOf(both, 'a1')).toHaveLength(6);
  });

  it('stays near-linear when every story names the same generic keys (work counters)', () => {
    const work = (n: number): StorylineStats => {
      const stats = {} as StorylineStats;
      linkStorylines(background(n, 'bg', true), { stats });
      return stats;
    };
    const small = work(200);
    const big = work(1600);
    expect(big.stories).toBe(1600);
    // The generic keys and the regions (a tenth of the stories each) are skipped for candidates,
    // so only the pairs sharing an organisation are compared and the postings read grow with the
    // number of stories, not its square.
    expect(big.keysSkipped).toBeGreaterThan(0);
    expect(big.comparisons).toBeGreaterThan(0);
    expect(big.comparisons / big.stories).toBeLessThanOrEqual(small.comparisons / small.stories + 1);
    expect(big.postingsScanned / big.stories).toBeLessThanOrEqual(small.postingsScanned / small.stories + 1);
  });
});
