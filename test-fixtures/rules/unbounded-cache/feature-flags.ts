// Filled once while the module loads, from a constant list.
const FLAGS = [{ name: "beta-editor", on: false }, { name: "new-billing", on: true }];

// ok: unbounded-cache -- the forEach callback runs at load time, over a fixed list
const flagsByName: Record<string, boolean> = {};
FLAGS.forEach((flag) => {
  flagsByName[flag.name] = flag.on;
});

export function isOn(name: string): boolean {
  return flagsByName[name] ?? false;
}
