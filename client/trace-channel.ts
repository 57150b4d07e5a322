// Where the language client writes its message trace. vscode-languageclient traces only while its channel's log level is
// Trace, a second switch users rarely find; this channel reports Trace whenever `harden.trace.server` is on, and writes
// the trace at a level the Harden output shows, so that one setting is enough. It never analyses anything.
import * as vscode from "vscode";
import type { HardenSettings } from "../server/protocol.js";

type TraceSetting = HardenSettings["trace"]["server"];

export class SettingTraceChannel implements vscode.LogOutputChannel {
  private readonly levelChange = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly forwarded: vscode.Disposable;
  readonly onDidChangeLogLevel = this.levelChange.event;

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly traceSetting: () => TraceSetting,
  ) {
    this.forwarded = output.onDidChangeLogLevel(() => this.levelChange.fire(this.logLevel));
  }

  get name(): string {
    return this.output.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.isTracing() ? vscode.LogLevel.Trace : this.output.logLevel;
  }

  /** `harden.trace.server` changed: the client re-reads the level and starts or stops tracing. */
  settingChanged(): void {
    this.levelChange.fire(this.logLevel);
  }

  trace(message: string, ...args: unknown[]): void {
    if (this.isTracing()) this.output.info(message, ...args);
    else this.output.trace(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.output.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.output.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.output.error(error, ...args);
  }

  append(value: string): void {
    this.output.append(value);
  }

  appendLine(value: string): void {
    this.output.appendLine(value);
  }

  replace(value: string): void {
    this.output.replace(value);
  }

  clear(): void {
    this.output.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(first?: boolean | vscode.ViewColumn, preserveFocus?: boolean): void {
    if (typeof first === "boolean" || first === undefined) this.output.show(first);
    else this.output.show(first, preserveFocus);
  }

  hide(): void {
    this.output.hide();
  }

  /** The Harden output itself belongs to the extension; only this channel's listeners end here. */
  dispose(): void {
    this.forwarded.dispose();
    this.levelChange.dispose();
  }

  private isTracing(): boolean {
    return this.traceSetting() !== "off";
  }
}
