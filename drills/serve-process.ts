import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Standard error so far (JSON log lines). */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * `npm run serve` as a child process on loopback (`node --import tsx src/serve.ts`, so that
 * signals reach duo-bot itself), resolved once it logs the port it listens on.
 */
export async function startServe(input: {
  env: Record<string, string>;
  startTimeoutMs?: number;
}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DUO_HTTP_HOST: '127.0.0.1',
      DUO_HTTP_PORT: '0',
      DUO_LOG_LEVEL: 'info',
      ...input.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind the caller's back.
      child.kill('SIGKILL');
      reject(new Error(`duo-bot did not start in time:\n${stderr}`));
    }, input.startTimeoutMs ?? 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const port = /"port":(\d+)[^\n]*"msg":"duo-bot serving"/.exec(stderr)?.[1];
      if (port !== undefined) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`duo-bot exited (${code}) before serving:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr, exited };
}
