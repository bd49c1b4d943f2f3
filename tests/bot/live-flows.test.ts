import { afterEach, describe, expect, it } from 'vitest';
import type { DuoBot } from '../../src/app.js';
import { createManualClock } from '../../src/bot/clock.js';
import { createFlowCatalog, createLiveFlows, restoreFlow } from '../../src/bot/flow-runner.js';
import type { FlowEvent } from '../../src/flows/contract.js';
import type { ConversationDoc } from '../../src/store/index.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';
import { NOW, personId, run, session, TO_SESSION_CHOICE } from '../support/intake-chat.js';
import { createRecordingChannel } from '../support/recording-channel.js';
import { startTwoCounterInstances } from '../support/counter-instances.js';
import { tempDir } from '../support/temp-dir.js';

describe('live flows', () => {
  const harnesses: Harness[] = [];
  const bots: DuoBot[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
    await Promise.all(bots.splice(0).map((bot) => bot.close()));
  });

  it('gives the same replies and stores the same snapshot as restoring the flow at every turn', async () => {
    const chats = [];
    for (const liveFlows of [0, 256]) {
      const harness = await createHarness({ liveFlows });
      harnesses.push(harness);
      harness.clock.set(NOW);
      await harness.bot.sessions.insert(session({ _id: 'bxl-fr-1' }));
      const replies = await run(harness, '+32470000070', [...TO_SESSION_CHOICE, '1', 'merci', 'aide']);
      const conversation = await harness.bot.store.conversations.get(await personId(harness, '+32470000070'));
      chats.push({ replies, snapshot: conversation?.snapshot, version: conversation?.version });
    }
    const [restored, live] = chats;
    expect(restored?.replies).toContain('Sam');
    expect(live).toEqual(restored);
  });

  it('goes on from what another instance answered in between, not from the flow it kept', async () => {
    const storage = createEmbeddedEngine({ dataDir: await tempDir() });
    const clock = createManualClock(new Date('2031-03-03T09:00:00Z'));
    const channel = createRecordingChannel('test');
    bots.push(...(await startTwoCounterInstances(storage, clock, channel)));
    const [a, b] = bots;
    if (!a || !b) throw new Error('two instances expected');
    const say = (bot: DuoBot, text: string, i: number) =>
      bot.engine.handle({
        channel: 'test',
        address: '+32470000071',
        providerMessageId: `live-${i}`,
        sentAt: clock.now(),
        content: { type: 'text', text },
      });

    await say(a, 'one', 1);
    await say(b, 'two', 2);
    await say(a, 'three', 3);
    await say(a, 'four', 4);

    expect(channel.textsTo('+32470000071')).toEqual(['1: one', '2: two', '3: three', '4: four']);
  });

  it('hands back a kept flow only while the stored conversation is the one its commit wrote', () => {
    const catalog = createFlowCatalog(createCounterFlow());
    const flowInput = { language: 'fr', languages: ['fr'], startedAt: '2031-03-03T09:00:00.000Z' };
    const stored = (fields: Partial<ConversationDoc>): ConversationDoc => ({
      _id: 'c1',
      flow: 'counter',
      flowVersion: 1,
      snapshot: null,
      version: 0,
      awaitingChoices: null,
      handoff: null,
      createdAt: new Date(0),
      updatedAt: new Date(0),
      lastInboundAt: null,
      ...fields,
    });
    const live = createLiveFlows({ capacity: 2 });
    const turn = () => {
      const flow = restoreFlow({ conversation: null, catalog, flowInput });
      const message: FlowEvent = {
        type: 'user.message',
        text: 'x',
        choiceId: null,
        command: null,
        namedLanguage: null,
        at: '2031-03-03T09:00:00.000Z',
      };
      flow.send(message);
      return { flow, snapshot: flow.persist() };
    };

    const first = turn();
    live.keep({ conversationId: 'c1', version: 1, snapshot: first.snapshot, flow: first.flow });
    expect(live.take('c1', stored({ version: 1, snapshot: first.snapshot }), flowInput)).toBe(first.flow);
    // Taken: a second take finds nothing until the next commit keeps it again.
    expect(live.take('c1', stored({ version: 1, snapshot: first.snapshot }), flowInput)).toBeUndefined();

    const second = turn();
    live.keep({ conversationId: 'c1', version: 1, snapshot: second.snapshot, flow: second.flow });
    expect(live.take('c1', stored({ version: 2, snapshot: second.snapshot }), flowInput)).toBeUndefined();
    expect(second.flow.active()).toBe(false);

    const third = turn();
    live.keep({ conversationId: 'c1', version: 1, snapshot: third.snapshot, flow: third.flow });
    expect(live.take('c1', null, flowInput)).toBeUndefined();

    const kept = ['c1', 'c2', 'c3'].map((id) => {
      const next = turn();
      live.keep({ conversationId: id, version: 1, ...next });
      return next;
    });
    // The least recently kept goes first.
    expect(live.size).toBe(2);
    expect(live.take('c1', stored({ version: 1, snapshot: kept[0]?.snapshot ?? null }), flowInput)).toBeUndefined();
    expect(live.take('c3', stored({ version: 1, snapshot: kept[2]?.snapshot ?? null }), flowInput)).toBe(kept[2]?.flow);
  });
});
