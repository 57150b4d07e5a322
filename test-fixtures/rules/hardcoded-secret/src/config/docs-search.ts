// The documentation site's search box: the widget's key is the search-only one, sent to every visitor by design.
export const siteConfig = {
  themeConfig: {
    search: {
      appId: "Q7ZKD2M1XA",
      // ok: hardcoded-secret -- a search-only widget key beside its application id and index name
      apiKey: "3f9a7c21d84e4b6a9e0c5d17b2f86a43",
      indexName: "handbook",
    },
  },
  analytics: {
    // expect: hardcoded-secret
    apiKey: "9c2e41f7a8b34d0f86e1c5a2b7d93e60",
  },
};
