"use client";
import { useState } from "react";
import { ChatClient } from "../lib/chat-client";

const client = new ChatClient();

export function ChatPanel() {
  const [link, setLink] = useState("");
  return <button onClick={async () => setLink((await client.share("hello")).url)}>{link || "Share"}</button>;
}
