// Calibrates the "likely duplicate" threshold of the ask dialog (server/questions/ranking.ts) on the
// labelled French question pairs in bench/data/question-pairs.json: computes titleSimilarity for each
// pair, picks the threshold with the best F1 on the even-indexed half, and reports precision and recall
// on the odd-indexed half, for the chosen threshold and for the current one. `npx tsx bench/duplicate-threshold.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { DUPLICATE_THRESHOLD } from '../server/questions/ranking';
import { titleSimilarity } from '../server/questions/similarity';

interface Pair {
  a: string;
  b: string;
  paraphrase: boolean;
}

interface Scored {
  score: number;
  paraphrase: boolean;
}

export function readPairs(): Pair[] {
  const file = path.join(import.meta.dirname, 'data', 'question-pairs.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: Pair[] }).pairs;
}

export function precisionRecall(scored: Scored[], threshold: number) {
  const flagged = scored.filter((s) => s.score >= threshold);
  const truePositives = flagged.filter((s) => s.paraphrase).length;
  const positives = scored.filter((s) => s.paraphrase).length;
  const precision = flagged.length === 0 ? 1 : truePositives / flagged.length;
  const recall = positives === 0 ? 1 : truePositives / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

export function calibrate(pairs: Pair[]) {
  // As the ask dialog does: `b` is what is typed, `a` the existing question's title.
  const score = (p: Pair) => titleSimilarity(p.b, p.a);
  const scored = pairs.map((p) => ({ score: score(p), paraphrase: p.paraphrase }));
  const tune = scored.filter((_, i) => i % 2 === 0);
  const test = scored.filter((_, i) => i % 2 === 1);
  let best = precisionRecall(tune, 1);
  for (let t = 0.3; t <= 0.95 + 1e-9; t += 0.01) {
    const candidate = precisionRecall(tune, Math.round(t * 100) / 100);
    // Best F1; on a tie the higher threshold (fewer false warnings).
    if (candidate.f1 >= best.f1) best = candidate;
  }
  return {
    pairs: pairs.length,
    chosen: best.threshold,
    tune: best,
    testAtChosen: precisionRecall(test, best.threshold),
    testAtCurrent: precisionRecall(test, DUPLICATE_THRESHOLD),
    current: DUPLICATE_THRESHOLD,
    paraphraseScores: scored.filter((s) => s.paraphrase).map((s) => Math.round(s.score * 100)),
    otherScores: scored.filter((s) => !s.paraphrase).map((s) => Math.round(s.score * 100)),
  };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(calibrate(readPairs()), null, 1));
}
