// A module outside every tsconfig: still analysed.
const runLabel = {
  // expect: timestamp-id
  id: Date.now().toString(),
};

console.log(runLabel);
