// A ledger service that still supports Node 16 (see its engines): crypto has no global randomUUID there, so the fix
// imports it. The file writes single quotes and no semicolons, and its first line of code sits under a directive.
import { randomUUID } from 'node:crypto'

// @ts-expect-error -- the build defines __LEDGER_REGION__
const region: string = __LEDGER_REGION__

export function openEntry(amount: number) {
  return {
    // expect: timestamp-id
    entryId: `entry_${randomUUID()}`,
    region,
    amount,
  }
}
