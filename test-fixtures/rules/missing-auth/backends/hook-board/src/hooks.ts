// A tiny plugin runner: each plugin module listed in the manifest exports functions named after the hooks it joins.
const plugins: Array<Record<string, (hook: string, args: object) => unknown>> = [];

export async function runHook(hook: string, args: object): Promise<void> {
  for (const plugin of plugins) await plugin[hook]?.(hook, args);
}
