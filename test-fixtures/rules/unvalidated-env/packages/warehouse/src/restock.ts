// A job its own script starts ("run:restock"): a process of the service, whose settings must be checked.
// expect: unvalidated-env
const batchSize = Number(process.env.RESTOCK_BATCH_SIZE);
console.log(`restocking ${batchSize} at a time`);
