"use client";
import { RootStore } from "../../lib/stores/root-store";

const store = new RootStore();

export function DocumentsPanel() {
  void store.documents.load(window.location.origin);
  return <section />;
}
