// Applies an LSP WorkspaceEdit to files on disk as an editor would, so tests can compare the result with snapshots.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";

export function applyWorkspaceEdit(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if ("kind" in change) {
      if (change.kind !== "create") throw new Error(`unexpected resource operation ${change.kind}`);
      const filePath = fileURLToPath(change.uri);
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      if (!fs.existsSync(filePath)) fs.writeFileSync(filePath, "");
      continue;
    }
    applyTextEdits(fileURLToPath(change.textDocument.uri), change.edits as TextEdit[]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyTextEdits(fileURLToPath(uri), edits);
}

function applyTextEdits(filePath: string, edits: TextEdit[]): void {
  const text = fs.existsSync(filePath) ? fs.readFileSync(filePath, "utf8") : "";
  fs.writeFileSync(filePath, TextDocument.applyEdits(TextDocument.create("", "", 0, text), edits));
}
