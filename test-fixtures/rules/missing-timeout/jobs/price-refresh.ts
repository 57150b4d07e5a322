// The app's scheduler runs this every hour; it reuses the price sync kept with the scripts.
import { syncPrices } from "../scripts/sync-prices";

export async function refreshPrices(): Promise<void> {
  await syncPrices();
}
