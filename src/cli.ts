/** Runs a command-line program: its result is the exit code, and a crash is one plain line, not a stack. */
export function runProgram(program: () => Promise<number>): void {
  program().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`duo-bot stopped: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/** The start refused, one line per problem; exit code 2 marks a configuration error. */
export function refuseToStart(problems: string[]): number {
  process.stderr.write(`duo-bot cannot start: invalid configuration\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  return 2;
}
