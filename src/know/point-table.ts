// The tab-separated point tables under data/ (country-points.tsv, admin1-points.tsv).

export interface PointRow {
  /** The row's fields other than latitude and longitude, in order. */
  names: string[];
  point: [number, number];
  /** 1-based line number, for error messages. */
  line: number;
}

/**
 * Rows of a point table whose latitude and longitude are the fields at `latAt` and `latAt + 1`;
 * blank lines and `#` comment lines are skipped. A missing or out-of-range coordinate throws,
 * naming the file, the line and `shape`, the expected line.
 */
export function parsePointTable(text: string, file: string, latAt: number, shape: string): PointRow[] {
  const rows: PointRow[] = [];
  for (const [n, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const fields = line.split('\t');
    const point: [number, number] = [Number(fields[latAt]), Number(fields[latAt + 1])];
    if (fields.length < latAt + 2 || !point.every(Number.isFinite) || Math.abs(point[0]) > 90 || Math.abs(point[1]) > 180) {
      throw new Error(`${file} line ${n + 1}: expected "${shape}"`);
    }
    rows.push({ names: [...fields.slice(0, latAt), ...fields.slice(latAt + 2)], point, line: n + 1 });
  }
  return rows;
}
