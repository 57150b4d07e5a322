// Extensions installed beside the server are loaded once at start-up. Each gets an API object whose methods register
// what it brings; the built-in slash commands are imported by the module itself while it loads.
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface SlashCommand {
  names: string[];
  run(args: string[]): void;
}

interface Extension {
  start?(api: ExtensionApi): void;
}

type ExtensionApi = ReturnType<typeof apiFor>;

const builtInCommandFiles = ["me", "topic", "invite"];

// ok: unbounded-cache -- filled by the callbacks of imports the module starts while it loads, once per built-in file
const commands = new Map<string, SlashCommand>();

for (const file of builtInCommandFiles) {
  import(`./commands/${file}`).then((loaded: { default: SlashCommand }) => {
    loaded.default.names.forEach((name) => commands.set(name, loaded.default));
  });
}

// ok: unbounded-cache -- only the API object that the start-up loader hands to each extension can add a stylesheet
const stylesheets: string[] = [];

function addStylesheet(extension: string, file: string) {
  stylesheets.push(`${extension}/${file}`);
}

const apiFor = function (extension: string) {
  return { styles: { add: addStylesheet.bind(null, extension) } };
};

function loadExtension(folder: string, name: string) {
  const manifest = JSON.parse(readFileSync(join(folder, name, "package.json"), "utf8")) as { main: string };
  const loaded = require(join(folder, name, manifest.main)) as Extension;
  loaded.start?.(apiFor(name));
}

export function loadExtensions(folder: string, names: string[]) {
  names.forEach((name) => loadExtension(folder, name));
}

export function stylesheetList(): string[] {
  return stylesheets;
}

// expect: unbounded-cache
const seenNicknames: string[] = [];

function rememberNickname(nick: string) {
  seenNicknames.push(nick);
}

// A bound copy made at module level is a plain value: whoever holds it may call it on every message.
export const nicknameApi = { remember: rememberNickname.bind(null) };

// expect: unbounded-cache
const lastMessages = new Map<string, string>();

export function onMessage(channel: string, text: string) {
  fetchPreview(text).then((preview) => lastMessages.set(channel, preview));
}

// The chat connection hands over what other users send: nicknames and channel names of their choosing.
chat.on("nick", (event: { nick: string }) => rememberNickname(event.nick));
chat.on("message", (event: { channel: string; text: string }) => onMessage(event.channel, event.text));

declare function fetchPreview(text: string): Promise<string>;
declare const chat: { on(event: string, listener: (event: never) => void): void };
