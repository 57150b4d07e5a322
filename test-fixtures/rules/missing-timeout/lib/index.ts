// The library's entry: it re-exports the helpers the app imports, so none of them is left behind.
export { defaultFetcher, send, sendWithDeadline, download } from "./sdk-fetcher";
export { uploadAvatar, mirrorAvatar } from "./upload-form";
export { callUpstream, callUpstreamBounded, callUpstreamWithOptions } from "./upstream";
export { isBrowser, fetchFeatureFlags } from "./environment";
export { refreshPage } from "./purge-requests";
