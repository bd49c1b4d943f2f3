/**
 * npm run bench:reader: how many answers a second the reader reads, over the whole corpus of
 * answers in tests/understanding, each read by the reader of its question kind. One process,
 * no I/O inside the timed loop; wall-clock and processor time per answer.
 */
import { performance } from 'node:perf_hooks';
import { loadProgramme } from '../src/programme/index.js';
import { loadCorpus, readAnswer } from '../tests/understanding/evaluate.js';

const ROUNDS = 50;

const programme = await loadProgramme();
if (!programme.ok) {
  console.error(programme.error);
  process.exit(1);
}
const corpus = loadCorpus();
// One round first, so that caches and indexes are built before timing
for (const answer of corpus) readAnswer(answer, programme.programme);

const started = performance.now();
const cpuStarted = process.cpuUsage();
let read = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  for (const answer of corpus) {
    readAnswer(answer, programme.programme);
    read += 1;
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// Processor time says what reading costs even when other work shares the machine
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `reader: ${read} answers in ${seconds.toFixed(2)} s: ${Math.round(read / seconds).toLocaleString('en')} answers/s, ${((seconds / read) * 1e6).toFixed(1)} µs per answer (processor time ${((cpuSeconds / read) * 1e6).toFixed(1)} µs per answer)`,
);
