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

// A film site's public search index, queried the way its own pages query it.
export const filmSearchHeaders = {
  "x-algolia-agent": "Algolia for JavaScript (4.20.0); Browser (lite)",
  // ok: hardcoded-secret -- the lite browser client only searches, so its key is the one the site gives every visitor
  "x-algolia-api-key": "6be0d2f94a13c8e75f21a9d0c4b73e18",
  "x-algolia-application-id": "KD81QZ4M2P",
};

// The same headers of the full client can carry an admin key.
export const catalogIndexHeaders = {
  "x-algolia-agent": "Algolia for JavaScript (4.20.0); Node.js (18.0.0)",
  // expect: hardcoded-secret
  "x-algolia-api-key": "d27f4c90b6e15a38c0e9f4b72a61d583",
  "x-algolia-application-id": "KD81QZ4M2P",
};
