export const queue = {
  process(concurrency: number): void {
    console.log(`processing with ${concurrency} workers`);
  },
};
