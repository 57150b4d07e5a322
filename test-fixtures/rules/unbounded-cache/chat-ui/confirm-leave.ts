// Asks before leaving a channel. The page's components import it (their single-file templates are not TypeScript
// modules, so no import of it is visible here); it drives the document through the page shell.
import { focusComposer } from "./page-shell";
import { publish } from "./event-hub";

export function confirmLeave(channel: string, leave: () => void): void {
  publish("confirm", `Leave ${channel}?`, (accepted: boolean) => (accepted ? leave() : focusComposer()));
}
