export async function withDeadline<T>(run: () => Promise<T>, ms: number): Promise<T> {
  const timer = AbortSignal.timeout(ms);
  return await new Promise<T>((resolve, reject) => {
    timer.addEventListener("abort", () => reject(timer.reason));
    run().then(resolve, reject);
  });
}
