import { LocalFeedGateway } from "./feed.gateway.local";

// A test builds the local gateway itself: it runs in a process of its own, never in a production deploy.
export const gatewayUnderTest = new LocalFeedGateway();
