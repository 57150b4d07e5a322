// A ledger service that still supports Node 16 (see its engines): crypto has no global randomUUID there, so the fix
// imports it. The file writes single quotes and no semicolons, and its first line of code sits under a directive.
import { randomUUID } from 'node:crypto'

// @ts-expect-error -- the build defines __LEDGER_REGION__
const region: string = __LEDGER_REGION__

interface Entries {
  insertOne(entry: object): Promise<unknown>
}

export function openEntry(entries: Entries, amount: number) {
  return entries.insertOne({
    // expect: timestamp-id
    entryId: `entry_${randomUUID()}`,
    region,
    amount,
  })
}
