import { assign, emit, setup } from 'xstate';
import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput } from '../../src/flows/contract.js';

/** A flow that numbers what it receives: any lost, duplicated or reordered message shows. */
export function createCounterFlow(version = 1): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as { count: number; seen: string[] },
      events: {} as FlowEvent,
      input: {} as FlowInput,
      emitted: {} as FlowEmitted,
    },
  }).createMachine({
    id: 'counter',
    context: { count: 0, seen: [] },
    initial: 'counting',
    states: {
      counting: {
        on: {
          'user.message': [
            {
              guard: ({ event }) => event.text.startsWith('schedule '),
              actions: emit(({ event }): FlowEmitted => ({
                type: 'effect',
                effect: {
                  kind: 'schedule',
                  key: 'reminder',
                  name: event.text.slice('schedule '.length),
                  at: new Date(Date.parse(event.at) + 60 * 60 * 1000).toISOString(),
                  payload: {},
                },
              })),
            },
            {
              actions: [
                assign({
                  count: ({ context }) => context.count + 1,
                  seen: ({ context, event }) => [...context.seen, event.text],
                }),
                emit(({ context }): FlowEmitted => ({
                  type: 'say',
                  message: { key: 'test.count', params: { n: context.count, last: context.seen.at(-1) ?? '' } },
                })),
              ],
            },
          ],
          'job.due': {
            actions: emit(({ event }): FlowEmitted => ({
              type: 'say',
              message: { key: 'test.job', params: { name: event.name } },
            })),
          },
        },
      },
    },
  });
  return { id: 'counter', version, machine };
}

export const counterLocales = {
  fr: { test: { count: '{{n}}: {{last}}', job: 'job {{name}}' }, system: { restarted: 'restarted' } },
};
