// A module outside every tsconfig: still analysed.
const runLabel = {
  // expect: timestamp-id
  id: Date.now().toString(),
};

declare const labels: { insertOne(label: object): Promise<void> };
export const saved = labels.insertOne(runLabel);
