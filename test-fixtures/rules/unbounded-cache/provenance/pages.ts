import { addCommand, formatDate } from "./formatting";

interface Settings {
  locale: string;
  dateStyle: "short" | "long";
}

export function renderFooter(settings: Settings, now: Date): string {
  return formatDate(now, settings.locale, settings.dateStyle);
}

export function installExtension(extension: { commands: Array<{ name: string; run: (args: string[]) => void }> }): void {
  for (const command of extension.commands) addCommand(command.name, command.run);
}
