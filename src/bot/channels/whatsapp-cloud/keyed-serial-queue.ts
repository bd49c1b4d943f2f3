export interface KeyedSerialQueue {
  /** Runs the task after every task queued earlier under the same key; other keys run alongside. */
  run(key: string, task: () => Promise<void>): Promise<void>;
}

export function createKeyedSerialQueue(): KeyedSerialQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const current = previous.then(task, task);
      tails.set(key, current);
      void current.finally(() => {
        if (tails.get(key) === current) tails.delete(key);
      });
      return current;
    },
  };
}
