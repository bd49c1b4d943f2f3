/**
 * npm run eval:understanding: how the reader does on the corpus of answers in tests/understanding
 * (or on the .jsonl files of the folder given as argument, such as a held-out set).
 */
import { loadProgramme } from '../src/programme/index.js';
import { evaluate, loadCorpus, table } from '../tests/understanding/evaluate.js';

const programme = await loadProgramme();
if (!programme.ok) {
  console.error(programme.error);
  process.exit(1);
}
const folder = process.argv[2];
const corpus = loadCorpus(folder);
const evaluation = evaluate(corpus, programme.programme);
console.log(`${corpus.length} answers\n`);
console.log(table(evaluation));
const { total } = evaluation;
console.log(
  `\nread right ${total.right}/${total.clear}, wrong values ${total.wrong}, ambiguous asked again ${total.ambiguousAskedAgain}/${total.ambiguous}`,
);
if (evaluation.mistakes.length > 0) {
  console.log('\nnot read as expected:');
  for (const { answer, got } of evaluation.mistakes) {
    console.log(
      `  ${answer.kind} ${answer.language} ${JSON.stringify(answer.text)}: expected ${String(answer.expected)}, read ${String(got)}`,
    );
  }
}
