// A one-off script outside every tsconfig: still analysed.
const seedRunId = {
  // expect: timestamp-id
  id: Date.now().toString(),
};

console.log(seedRunId);
