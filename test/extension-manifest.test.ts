// The extension manifest (package.json `contributes`) must match the client–server contract in server/protocol.ts:
// the settings the server reads, with the same defaults, and the commands the extension implements.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { clientCommands, defaultSettings, routesViewId, settingsSection } from "../server/protocol.js";

const root = path.resolve(__dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

/** Flattens `{ trace: { server: "off" } }` into `{ "harden.trace.server": "off" }`, the way VS Code names settings. */
function flattenSettings(value: object, prefix: string): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = `${prefix}.${key}`;
    const isNested = typeof inner === "object" && inner !== null && Object.keys(inner).length > 0;
    Object.assign(flat, isNested ? flattenSettings(inner, name) : { [name]: inner });
  }
  return flat;
}

describe("extension manifest", () => {
  it("contributes every harden.* setting with the protocol's default", () => {
    const contributed = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;
    const defaults = Object.fromEntries(Object.entries(contributed).map(([name, property]) => [name, property.default]));
    assert.deepEqual(defaults, flattenSettings(defaultSettings, settingsSection));
  });

  it("contributes exactly the client commands, titled under the Harden category", () => {
    const commands = manifest.contributes.commands as { command: string; category: string }[];
    assert.deepEqual(commands.map((c) => c.command).sort(), Object.values(clientCommands).sort());
    assert.ok(commands.every((c) => c.category === "Harden"));
  });

  it("contributes the Harden: Routes view in the Explorer, with Refresh Routes in its title bar", () => {
    assert.deepEqual(manifest.contributes.views.explorer.map((view: { id: string; name: string }) => [view.id, view.name]), [[routesViewId, "Harden: Routes"]]);
    const titleActions = manifest.contributes.menus["view/title"] as { command: string; when: string }[];
    assert.deepEqual(titleActions.map((action) => [action.command, action.when]), [[clientCommands.refreshRoutes, `view == ${routesViewId}`]]);
  });

  it("runs in Restricted Mode, starts from the bundle and activates on JS/TS files and harden.config.json", () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.main, "dist/extension.js");
    for (const language of ["typescript", "typescriptreact", "javascript", "javascriptreact"]) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    }
    assert.ok(manifest.activationEvents.includes("workspaceContains:**/harden.config.json"));
    assert.ok(fs.existsSync(path.join(root, manifest.icon)), manifest.icon);
  });
});
