import { describe, expect, it } from 'vitest';
import { published, runLang, sourceOf } from './helpers.ts';
import type { DateMention } from '../../src/pipeline/doc.ts';
import type { ArticleOptions } from './helpers.ts';

async function dates(body: string, options: ArticleOptions = {}): Promise<DateMention[]> {
  const doc = await runLang(body, options);
  for (const d of doc.dates!) expect(sourceOf(doc, d.sentence).slice(d.span[0], d.span[1])).toBe(d.text);
  return doc.dates!;
}

function only(found: DateMention[], text: string): DateMention {
  const hits = found.filter((d) => d.text === text);
  expect(hits, `expected one date "${text}" in ${JSON.stringify(found.map((d) => d.text))}`).toHaveLength(1);
  return hits[0];
}

// Friday 20 October 2023
const october = { published: published('2023-10-20T09:30:00Z') };

describe('dates with a trusted anchor', () => {
  it('reads explicit calendar dates whatever the anchor', async () => {
    const found = await dates('The ceasefire was signed on 14 February 2022 in Doha. Fighting resumed on March 3, 2023.', october);
    expect(only(found, 'on 14 February 2022')).toMatchObject({ start: '2022-02-14', end: '2022-02-14', precision: 'day', certain: true });
    expect(only(found, 'March 3, 2023')).toMatchObject({ start: '2023-03-03', precision: 'day' });
  });

  it('reads no date into a duration, even beside a calendar date', async () => {
    const found = await dates(
      'On 3 March the jury deliberated for less than 10 minutes before convicting him. The car reaches 60 mph in 5.8 seconds, the maker said on March 5. Refunds are due within 7 days of the 4 March recall.',
      october,
    );
    expect(found.map((d) => d.text)).toEqual(['On 3 March', 'March 5', '4 March']);
  });

  it('puts a month without a year in the past: January in an October article is this year\'s', async () => {
    const found = await dates('In January, militants seized the mine. By November the army had not retaken it.', october);
    expect(only(found, 'In January')).toMatchObject({ start: '2023-01-01', end: '2023-01-31', precision: 'month', certain: true });
    // November has not come yet in an October article, so the past-biased reading is last November
    expect(only(found, 'By November')).toMatchObject({ start: '2022-11-01', end: '2022-11-30' });
  });

  it('keeps the longest lead words of each kind of expression (dates are looked for near their month, year, weekday or unit word)', async () => {
    const found = await dates(
      'Prices rose throughout the beginning of March 2023. Output fell since early 2019. Talks stalled until Wednesday afternoon. Aid arrived during the recent couple of weeks. Shelling went on through late May, and then some.',
      october,
    );
    expect(found.map((d) => d.text)).toEqual([
      'throughout the beginning of March 2023', 'since early 2019', 'until Wednesday afternoon', 'during the recent couple of weeks', 'through late May',
    ]);
    expect(only(found, 'throughout the beginning of March 2023')).toMatchObject({ start: '2023-03-01' });
  });

  it('puts a day and month without a year in the past', async () => {
    const found = await dates('Police said the convoy was ambushed on 28 December near the border.', october);
    expect(only(found, 'on 28 December')).toMatchObject({ start: '2022-12-28', precision: 'day', certain: true });
  });

  it('resolves weekdays to the most recent one, or forward when the sentence looks ahead', async () => {
    const found = await dates('The mayor was shot on Tuesday. Talks will resume on Monday.', october);
    expect(only(found, 'on Tuesday')).toMatchObject({ start: '2023-10-17', end: '2023-10-17', precision: 'day', certain: true });
    expect(only(found, 'on Monday')).toMatchObject({ start: '2023-10-23', precision: 'day' });
  });

  it('turns yesterday, last week and this week into days and weeks', async () => {
    const found = await dates('Two soldiers died yesterday. Last week the rebels took the airport. Aid arrived this week.', october);
    expect(only(found, 'yesterday')).toMatchObject({ start: '2023-10-19', end: '2023-10-19', precision: 'day', certain: true });
    expect(only(found, 'Last week')).toMatchObject({ start: '2023-10-09', end: '2023-10-15', precision: 'week', certain: true });
    expect(only(found, 'this week')).toMatchObject({ start: '2023-10-16', end: '2023-10-20', precision: 'week' });
  });

  it('marks vague expressions uncertain and gives them a range', async () => {
    const found = await dates('Only days ago the militia shelled the camp. Overnight, drones hit a depot. Clashes have grown in recent weeks.', october);
    const daysAgo = only(found, 'Only days ago');
    expect(daysAgo).toMatchObject({ precision: 'range', certain: false, end: '2023-10-19' });
    expect(daysAgo.start! < '2023-10-19').toBe(true);
    expect(only(found, 'Overnight')).toMatchObject({ start: '2023-10-19', end: '2023-10-20', certain: false });
    expect(only(found, 'in recent weeks')).toMatchObject({ precision: 'range', certain: false, end: '2023-10-20' });
  });

  it('resolves forward-looking phrases forward', async () => {
    const found = await dates('The offensive could start as early as this week. Elections are planned for next month.', october);
    expect(only(found, 'this week')).toMatchObject({ start: '2023-10-20', end: '2023-10-22', precision: 'week' });
    expect(only(found, 'next month')).toMatchObject({ start: '2023-11-01', end: '2023-11-30', precision: 'month' });
  });

  it('reads a forward cue only in the clause of the date', async () => {
    const found = await dates('An officer, who could not be named, said on Wednesday that two posts fell.', october);
    expect(only(found, 'on Wednesday')).toMatchObject({ start: '2023-10-18' });
  });

  it('leaves "the previous month" to the story\'s own time', async () => {
    const found = await dates('Prices had doubled the previous month.', october);
    expect(only(found, 'previous month')).toMatchObject({ start: null, end: null, precision: 'month', certain: false });
  });

  it('carries a weak anchor as uncertainty', async () => {
    const found = await dates('The bridge was blown up on Sunday.', { published: published('2023-10-20', 0.6) });
    expect(only(found, 'on Sunday')).toMatchObject({ start: '2023-10-15', certain: false });
  });
});

describe('dates without a trustworthy anchor', () => {
  it('keeps relative expressions unresolved but still reads explicit dates', async () => {
    const found = await dates('Troops left the town on Thursday. The deal dates from 5 June 2019. Shelling resumed last month.');
    expect(only(found, 'on Thursday')).toMatchObject({ start: null, end: null, precision: 'day', certain: false });
    expect(only(found, 'last month')).toMatchObject({ start: null, end: null, precision: 'month' });
    expect(only(found, '5 June 2019')).toMatchObject({ start: '2019-06-05', certain: true });
  });

  it('never anchors on a page widget date', async () => {
    const pageDates = [{ value: '2024-06-13', text: 'Thu 13 June 2024', kind: 'site-widget', trusted: false }];
    const found = await dates('Rockets hit the base yesterday.', { pageDates });
    expect(only(found, 'yesterday')).toMatchObject({ start: null, end: null });
    const widgetPublished = { published: { value: '2024-06-13', precision: 'day' as const, source: 'page-widget' as const, confidence: 0.9 } };
    expect(only(await dates('Rockets hit the base yesterday.', widgetPublished), 'yesterday').start).toBeNull();
  });

  it('uses a trusted page date when there is no published date', async () => {
    const pageDates = [{ value: '2023-10-20', text: '20 October 2023', kind: 'dateline', trusted: true }];
    const found = await dates('Rockets hit the base yesterday.', { pageDates });
    expect(only(found, 'yesterday')).toMatchObject({ start: '2023-10-19', certain: false });
  });
});

describe('what is not a date', () => {
  it('ignores a "march", the verb "may", bare numbers, ages and decades', async () => {
    const found = await dates('Thousands joined a march on the capital. The truce may hold. The 1973 building housed 2019 people. A 25-year-old was hurt in the 1990s clashes. The score was 9/11.', october);
    expect(found).toEqual([]);
  });

  it('does not take a sentence\'s full stop into a month, nor read "within an hour" as a date', async () => {
    const found = await dates('Relief flights resumed within an hour. The budget funds the mission through September.', october);
    expect(found.map((d) => d.text)).toEqual(['through September']);
  });

  it('finds dates in captions with caption spans', async () => {
    const doc = await runLang('Body text without any time.', { ...october, captions: ['Smoke over the port on Wednesday.'] });
    expect(doc.dates).toHaveLength(1);
    const [date] = doc.dates!;
    expect(doc.sentences![date.sentence].captionIndex).toBe(0);
    expect(date).toMatchObject({ text: 'on Wednesday', span: [20, 32], start: '2023-10-18' });
  });
});
