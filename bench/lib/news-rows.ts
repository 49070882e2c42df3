// The Wikinews-style article sets under ../shared/data (`articles.jsonl`: one article per line).

export interface NewsRow {
  text: string;
  /** The article's date: `date`, or `date_created` where a set has only that. */
  date: string | undefined;
}

/** The rows of an `articles.jsonl` text. */
export function newsRows(jsonl: string): NewsRow[] {
  return jsonl.split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; date?: string; date_created?: string };
    return { text: row.text, date: row.date ?? row.date_created };
  });
}
