export const emitter = {
  listen(_event: string, _callback: () => void): void {},
};
