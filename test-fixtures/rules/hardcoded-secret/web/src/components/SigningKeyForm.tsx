"use client";
// A form where an admin pastes the signing key of a custom domain. The first key below is only grey hint text in the
// empty fields; the second is typed into the field as its starting value, so the form submits it as the key.
import { useState } from "react";

// ok: hardcoded-secret -- every use is the placeholder of an input: hint text shown in an empty field, sent nowhere
const keyHint = "-----BEGIN PRIVATE KEY-----\nQm9vdHN0cmFwSGludE9ubHlOb3RBUmVhbEtleUp1c3RTaG93bkluVGhlRmllbGQK\n-----END PRIVATE KEY-----";

// expect: hardcoded-secret
const starterKey = "-----BEGIN PRIVATE KEY-----\nU3RhcnRlcktleVByZWZpbGxlZEludG9UaGVGb3JtQW5kU3VibWl0dGVkV2l0aEl0Cg\n-----END PRIVATE KEY-----";

export function SigningKeyForm({ onSave }: { onSave: (key: string) => void }) {
  const [key, setKey] = useState("");
  return (
    <form onSubmit={() => onSave(key)}>
      <textarea placeholder={keyHint} value={key} onChange={(event) => setKey(event.target.value)} />
      <textarea placeholder={keyHint} name="backupKey" />
      <textarea defaultValue={starterKey} name="rotatedKey" />
    </form>
  );
}
