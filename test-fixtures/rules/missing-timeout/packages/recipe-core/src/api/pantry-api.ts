import axios from "axios";

export function syncPantry(kitchenId: string) {
  // expect: missing-timeout
  return axios.post(`${process.env.PANTRY_API_URL}/kitchens/${kitchenId}/sync`);
}

// ok: missing-timeout -- reached only through a namespace re-export whose readers take other members
export function pantrySnapshot(kitchenId: string) {
  return axios.get(`${process.env.PANTRY_API_URL}/kitchens/${kitchenId}`);
}

// ok: missing-timeout -- its one importer names it only in a commented-out call
export function exportPantry(kitchenId: string) {
  return axios.get(`${process.env.PANTRY_API_URL}/kitchens/${kitchenId}/export`);
}
