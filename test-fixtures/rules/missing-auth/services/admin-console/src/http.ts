import axios from "axios";

export const rest = axios.create({ baseURL: "https://backend.example.com", timeout: 5000 });

// ok: missing-auth -- an axios instance sending a request, not a route
export const ping = (payload: unknown) => rest.post("/onboarding/ping", payload);
