import { createConnectRouter, type ServiceImpl } from "@connectrpc/connect";
import { teamKeyInterceptor, timingInterceptor } from "./interceptors";

declare const IncidentService: Parameters<ReturnType<typeof createConnectRouter>["service"]>[0];
declare const incidents: Partial<ServiceImpl<typeof IncidentService>>;

export const routes = createConnectRouter({ interceptors: [timingInterceptor(), teamKeyInterceptor()] }).service(IncidentService, incidents);

export const openRoutes = createConnectRouter({ interceptors: [timingInterceptor()] }).service(IncidentService, incidents);
