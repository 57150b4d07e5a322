// Action creators of a single-page app's store: plain JavaScript with no UI import, only axios and a path on the
// page's own origin. Node has no origin to resolve such a path against, so axios would throw there.
import axios from "axios";

// expect: missing-timeout
const boardsApi = axios.create({ baseURL: process.env.BOARDS_API_URL });

export function loadBoards(teamId) {
  // ok: missing-timeout -- a path with no scheme or host only resolves in a browser page
  return { type: "boards/load", payload: axios.get("/api/boards", { params: { teamId } }) };
}

export async function renameBoard(id, title) {
  // ok: missing-timeout -- the same path-only target, with the id concatenated after it
  return axios.post("/api/boards/rename?id=" + id, { title });
}

export function exportBoard(exportHost, id) {
  // expect: missing-timeout
  return axios.get(`${exportHost}/boards/${id}/export`);
}

// A path on an instance is resolved against the instance's base URL: the instance is judged where it is made (above).
export const archiveBoard = (id) => boardsApi.post(`/boards/${id}/archive`);
