// Cuts a sentence into plain and highlighted pieces. Overlapping spans cannot both be
// marked: the one starting first (the longer on a tie) wins.
export interface Piece {
  text: string;
  role: string | null;
  label?: string;
}

export function highlightPieces(text: string, spans: readonly { start: number; end: number; role: string; label?: string }[]): Piece[] {
  const ordered = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), role: null });
    pieces.push({ text: text.slice(span.start, span.end), role: span.role, label: span.label });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), role: null });
  return pieces;
}
