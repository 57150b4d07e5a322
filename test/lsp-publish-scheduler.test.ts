// The PublishScheduler with fake services: which document is published when, and of which text. The fakes record
// publishes and hold `drained` until the test lets the input drain, so each ordering is observed, not timed.
import * as assert from "node:assert/strict";
import { TextDocument } from "vscode-languageserver-textdocument";
import { PublishScheduler, type SchedulerServices } from "../server/lsp/publish-scheduler.js";

/** A `drained()` that resolves only when the test says the messages received so far are handled. */
class InputGate {
  private waiting: Array<() => void> = [];
  drained = (): Promise<void> => new Promise((resolve) => this.waiting.push(resolve));
  get pending(): number {
    return this.waiting.length;
  }
  /** Lets every waiter through, then lets the scheduler's continuations run. */
  async drain(): Promise<void> {
    for (const resolve of this.waiting.splice(0)) resolve();
    await settle();
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function fakeServices(documents: Map<string, TextDocument>, gate: InputGate, settingsKnown: Promise<void> = Promise.resolve()) {
  const published: Array<{ uri: string; version: number }> = [];
  const errors: string[] = [];
  const services: SchedulerServices = {
    drained: gate.drained,
    settingsKnown: () => settingsKnown,
    openDocument: (uri) => documents.get(uri),
    publish: (document) => {
      if (document.uri.endsWith("broken.ts")) throw new Error("conversion failed\n    at stack");
      published.push({ uri: document.uri, version: document.version });
    },
    logError: (message) => errors.push(message),
  };
  return { services, published, errors };
}

const doc = (name: string, version = 1, text = "export {};\n"): TextDocument => TextDocument.create(`file:///w/${name}`, "typescript", version, text);

describe("PublishScheduler", () => {
  it("publishes nothing before the settings are known and the input has drained, then a burst's last version once", async () => {
    const gate = new InputGate();
    const orders = doc("orders.ts");
    const documents = new Map([[orders.uri, orders]]);
    let settingsKnown = (): void => {};
    const { services, published } = fakeServices(documents, gate, new Promise((resolve) => (settingsKnown = resolve)));
    const scheduler = new PublishScheduler(services);
    for (let version = 2; version <= 4; version++) {
      TextDocument.update(orders, [{ text: `// ${version}\n` }], version);
      scheduler.request(orders.uri, { first: true });
    }
    await settle();
    assert.equal(gate.pending, 0, "waits for the settings before it waits for the input");
    settingsKnown();
    await settle();
    assert.deepEqual(published, []);
    await gate.drain();
    assert.deepEqual(published, [{ uri: orders.uri, version: 4 }]);
  });

  it("puts an edited document before the re-checks already queued, and queues a re-check once", async () => {
    const gate = new InputGate();
    const [a, b, edited] = [doc("a.ts"), doc("b.ts"), doc("edited.ts")];
    const documents = new Map([a, b, edited].map((document) => [document.uri, document]));
    const { services, published } = fakeServices(documents, gate);
    const scheduler = new PublishScheduler(services);
    scheduler.request(a.uri, { first: false });
    scheduler.request(b.uri, { first: false });
    scheduler.request(a.uri, { first: false });
    scheduler.request(edited.uri, { first: true });
    for (let round = 0; round < 4; round++) await gate.drain();
    assert.deepEqual(published.map(({ uri }) => uri), [edited.uri, a.uri, b.uri]);
  });

  it("drops a closed document's queued publish, and one failing publish does not stop the others", async () => {
    const gate = new InputGate();
    const [closed, broken, kept] = [doc("closed.ts"), doc("broken.ts"), doc("kept.ts")];
    const documents = new Map([closed, broken, kept].map((document) => [document.uri, document]));
    const { services, published, errors } = fakeServices(documents, gate);
    const scheduler = new PublishScheduler(services);
    for (const document of [closed, broken, kept]) scheduler.request(document.uri, { first: false });
    scheduler.forget(closed.uri);
    documents.delete(closed.uri);
    for (let round = 0; round < 3; round++) await gate.drain();
    assert.deepEqual(published.map(({ uri }) => uri), [kept.uri]);
    assert.deepEqual(errors, [`${broken.uri}: publishing diagnostics failed: conversion failed`]);
  });

  it("whenIdle waits for the input to drain and the queue to empty", async () => {
    const gate = new InputGate();
    const [a, b] = [doc("a.ts"), doc("b.ts")];
    const { services, published } = fakeServices(new Map([a, b].map((document) => [document.uri, document])), gate);
    const scheduler = new PublishScheduler(services);
    scheduler.request(a.uri, { first: false });
    scheduler.request(b.uri, { first: false });
    await settle();
    let idle = false;
    void scheduler.whenIdle().then(() => (idle = true));
    await gate.drain();
    assert.equal(published.length, 1);
    assert.equal(idle, false, "a document was still queued when the input first drained");
    await gate.drain();
    assert.equal(published.length, 2);
    assert.equal(idle, true);
  });

  it("shows the text as last opened or saved in onSave mode, unchanged by later edits to the open document, and the current text in onType mode", () => {
    const { services } = fakeServices(new Map(), new InputGate());
    const scheduler = new PublishScheduler(services);
    const orders = doc("orders.ts", 1, "opened\n");
    scheduler.rememberSaved(orders);
    TextDocument.update(orders, [{ text: "edited\n" }], 2);
    assert.equal(scheduler.shownVersionOf(orders, "onSave").getText(), "opened\n");
    assert.equal(scheduler.shownVersionOf(orders, "onSave").version, 1);
    assert.equal(scheduler.shownVersionOf(orders, "onType"), orders);
    scheduler.rememberSaved(orders);
    TextDocument.update(orders, [{ text: "edited again\n" }], 3);
    assert.deepEqual([scheduler.shownVersionOf(orders, "onSave").version, scheduler.shownVersionOf(orders, "onSave").getText()], [2, "edited\n"]);
    scheduler.forget(orders.uri);
    assert.equal(scheduler.shownVersionOf(orders, "onSave"), orders, "a closed document keeps no snapshot");
  });

  it("counts generations: each markAllStale makes a new one", () => {
    const scheduler = new PublishScheduler(fakeServices(new Map(), new InputGate()).services);
    const before = scheduler.generation;
    scheduler.markAllStale();
    assert.equal(scheduler.generation, before + 1);
  });
});
