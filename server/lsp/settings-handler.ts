// Client settings (`harden.*`) and files changed outside the editor: settings take effect without a restart,
// disk changes re-read the file, and a change to harden.config.json (or a tsconfig, package.json or
// pnpm-workspace.yaml, which declare module aliases) reloads its project; a bad config becomes a
// diagnostic on the config file naming the key path while analysis continues with the defaults.
import { DidChangeWatchedFilesNotification, DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { configFileName } from "../host/project-location.js";
import { maxConfigBytes, readRegularText } from "../host/read-source.js";
import { sourceExtensions } from "../host/source-files.js";
import { defaultSettings, settingsSection, type HardenSettings } from "../protocol.js";
import { toRange } from "./conversions.js";
import type { DiagnosticsHandler } from "./diagnostics-handler.js";
import type { Services } from "./services.js";
import { filePathOf, uriOf } from "./uri.js";

export interface SettingsHandler {
  /** Reads the settings from the client and registers the file watchers; called once after `initialized`. */
  start(): Promise<void>;
  /** Publishes (or clears) a diagnostic on each loaded project's harden.config.json. */
  publishConfigProblems(): void;
}

export function createSettingsHandler(services: Services, diagnostics: DiagnosticsHandler, initial: Partial<HardenSettings> | undefined): SettingsHandler {
  const { connection, host } = services;
  const configUrisWithProblems = new Set<string>();
  let settingsKnown = (): void => {};
  services.settingsKnown = new Promise((resolve) => (settingsKnown = resolve));
  applySettings(initial);
  host.onProjectLoaded(() => publishConfigProblems());

  function applySettings(settings: Partial<HardenSettings> | undefined): void {
    services.settings = { ...defaultSettings, ...settings };
    host.setSeverityOverrides(services.settings.rules);
  }

  /** Asks the client for the settings; returns whether they differ from those in use. */
  async function pullSettings(): Promise<boolean> {
    if (!services.features.configuration) return false;
    const before = JSON.stringify(services.settings);
    applySettings((await connection.workspace.getConfiguration(settingsSection)) as Partial<HardenSettings> | undefined);
    return JSON.stringify(services.settings) !== before;
  }

  const publishConfigProblems = (): void => {
    const current = new Set<string>();
    for (const problem of host.configProblems()) {
      const uri = uriOf(problem.configPath);
      current.add(uri);
      // One diagnostic per problem: a config error lists each on its own line.
      void connection.sendDiagnostics({ uri, diagnostics: problem.message.split("\n").map((line) => configDiagnostic(problem.configPath, line)) });
    }
    for (const uri of configUrisWithProblems) if (!current.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configUrisWithProblems.clear();
    for (const uri of current) configUrisWithProblems.add(uri);
  };

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as Record<string, unknown> | null)?.[settingsSection] as Partial<HardenSettings> | undefined;
    if (services.features.configuration) await pullSettings();
    else applySettings(pushed);
    diagnostics.recheckAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let changed = false;
    for (const change of changes) {
      const filePath = filePathOf(change.uri);
      if (filePath && host.fileChangedOnDisk(filePath)) changed = true;
    }
    if (!changed) return;
    diagnostics.recheckAll();
    publishConfigProblems();
  });

  return {
    async start() {
      const changed = await pullSettings().finally(settingsKnown);
      if (services.features.watchedFilesRegistration) {
        const extensions = sourceExtensions.map((extension) => extension.slice(1)).join(",");
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/*.{${extensions}}` }, { globPattern: `**/{${configFileName},package.json,tsconfig*.json,pnpm-workspace.yaml}` }],
        });
      }
      if (changed) diagnostics.recheckAll();
    },
    publishConfigProblems,
  };
}

/** Underlines the last key of the path named in the ConfigError ("file: rules.x.y: …"), else the first line. */
function configDiagnostic(configPath: string, message: string): Diagnostic {
  // Unreadable: the diagnostic goes on the first line.
  const read = readRegularText(configPath, maxConfigBytes);
  const text = "text" in read ? read.text : "";
  const keyPath = message.split(": ")[1] ?? "";
  const lastKey = keyPath.split(/[.[\]]/).filter(Boolean).pop();
  const at = lastKey ? text.indexOf(`"${lastKey}"`) : -1;
  const span = at >= 0 ? { start: at, end: at + lastKey!.length + 2 } : { start: 0, end: Math.max(0, text.indexOf("\n")) };
  return { range: toRange(text, span), severity: DiagnosticSeverity.Error, source: "harden", message: `${message}; using the default config` };
}
