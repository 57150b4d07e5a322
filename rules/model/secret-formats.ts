// The catalogue of credential formats, as data: one row per token a provider issues, with the pattern written from
// the provider's documented shape (prefix, length, alphabet) and a checksum or structure check where the format has
// one. Pure string logic; it never sees a node and never prints a value. `secrets.ts` searches it.

export interface SecretFormat {
  id: string;
  /** The provider that issues it ("GitLab"), for reports grouped by provider. */
  provider: string;
  /** Reads after "holds": "a GitLab personal access token". */
  description: string;
  /** Searched inside the literal (not anchored), so `"Bearer ghp_…"` matches too. */
  pattern: RegExp;
  /** Substrings one of which every match contains: a cheap test before the pattern runs on every literal. */
  keywords: readonly string[];
  /** Rejects matches that have the shape but are not credentials (documentation examples, public tokens). */
  isValid?: (match: string, groups?: Record<string, string | undefined>) => boolean;
  /**
   * The structure only the vendor's minting gives (GitHub's and npm's CRC32 checksum, the id segment of a GitHub
   * fine-grained token): a value without it was typed by hand. Where only a vendor format counts (test code), such a
   * format counts only when its structure holds.
   */
  hasIssuedStructure?: (match: string) => boolean;
  /** The conventional variable name when the code gives no better one. */
  envName: string;
  /**
   * Minted by anyone (PEM keys, JWTs, connection URLs) rather than issued by a vendor: tests make their own, so in
   * test code only vendor-issued formats count.
   */
  isSelfMinted?: boolean;
}

/**
 * A format whose shape alone is too common to tell (a 32-character hex string): it counts only under a name that
 * mentions its provider (`datadogApiKey`, `MAILGUN_API_KEY=`), as gitleaks and secretlint also match these.
 */
export interface NamedSecretFormat {
  id: string;
  provider: string;
  description: string;
  /** Every group must have one of its words in the name (`[["datadog", "dd"], ["api", "app"]]`). */
  nameWords: readonly (readonly string[])[];
  /** The whole value (anchored). */
  value: RegExp;
  envName: string;
}

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** A token starts where no letter, digit, underscore or dot precedes it (`live_…` in `pk_live_…`, `ico-…` in `a.ico-…`). */
const start = "(?<![A-Za-z0-9_.])";
/** Ends of tokens by their alphabet: a fixed-length token must not run on into more of it. */
const endWord = "(?![A-Za-z0-9_-])";
const endBase64 = "(?![A-Za-z0-9+/=])";

interface Row {
  /** When the id read from provider and what would rename one that reports and suppressions already use. */
  id?: string;
  provider: string;
  what: string;
  /** The regular expression source of the token, between the start and end guards. */
  source: string;
  keywords: readonly string[];
  envName: string;
  end?: string;
  isValid?: (match: string) => boolean;
  hasIssuedStructure?: (match: string) => boolean;
  caseInsensitive?: boolean;
  isSelfMinted?: boolean;
}

/** `gitlab-personal-access-token` from the provider and what it is. */
function idOf(provider: string, what: string): string {
  return `${provider}-${what}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function article(text: string): string {
  return /^[aeiou]/i.test(text) && !/^(?:one|uni|use)/i.test(text) ? "an" : "a";
}

function vendorFormat(row: Row): SecretFormat {
  const description = `${row.provider} ${row.what}`;
  return {
    id: row.id ?? idOf(row.provider, row.what),
    provider: row.provider,
    description: `${article(description)} ${description}`,
    pattern: new RegExp(`${start}(?:${row.source})${row.end ?? endWord}`, row.caseInsensitive ? "i" : ""),
    keywords: row.keywords,
    isValid: row.isValid,
    hasIssuedStructure: row.hasIssuedStructure,
    envName: row.envName,
    isSelfMinted: row.isSelfMinted,
  };
}

/** Vendor-issued tokens recognisable by their shape alone. Order matters: the first match describes a literal. */
const vendorRows: readonly Row[] = [
  // Cloud providers
  { provider: "AWS", what: "access key id", source: "(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}", keywords: ["AKIA", "ASIA", "ABIA", "ACCA"], envName: "AWS_ACCESS_KEY_ID", isValid: isAwsKeyId },
  { provider: "AWS", what: "Bedrock API key", source: "ABSK[A-Za-z0-9+/]{109,269}={0,2}", keywords: ["ABSK"], envName: "AWS_BEARER_TOKEN_BEDROCK", end: endBase64 },
  { provider: "Amazon", what: "MWS auth token", source: `amzn\\.mws\\.${uuid}`, keywords: ["amzn.mws."], envName: "MWS_AUTH_TOKEN" },
  { provider: "Azure", what: "storage account key", source: "AccountKey=[A-Za-z0-9+/]{86}==", keywords: ["AccountKey="], envName: "AZURE_STORAGE_CONNECTION_STRING", end: endBase64 },
  { provider: "Azure", what: "shared access key", source: "SharedAccessKey=[A-Za-z0-9+/]{42,43}=", keywords: ["SharedAccessKey="], envName: "AZURE_SERVICE_BUS_CONNECTION_STRING", end: endBase64 },
  { provider: "Azure", what: "AD client secret", source: "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}", keywords: ["Q~"], envName: "AZURE_CLIENT_SECRET", end: "(?![A-Za-z0-9_~.-])" },
  { id: "google-api-key", provider: "Google", what: "API key", source: "AIza[0-9A-Za-z_-]{35}", keywords: ["AIza"], envName: "GOOGLE_API_KEY" },
  { provider: "Google", what: "OAuth client secret", source: "GOCSPX-[A-Za-z0-9_-]{28}", keywords: ["GOCSPX-"], envName: "GOOGLE_CLIENT_SECRET" },
  { provider: "Google", what: "OAuth access token", source: "ya29\\.[0-9A-Za-z_-]{50,}", keywords: ["ya29."], envName: "GOOGLE_ACCESS_TOKEN" },
  { provider: "Firebase", what: "Cloud Messaging server key", source: "AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}", keywords: [":APA91b"], envName: "FCM_SERVER_KEY" },
  { provider: "Alibaba Cloud", what: "access key id", source: "LTAI[A-Za-z0-9]{20}", keywords: ["LTAI"], envName: "ALIBABA_CLOUD_ACCESS_KEY_ID" },
  { provider: "Tencent Cloud", what: "secret id", source: "AKID[A-Za-z0-9]{32}", keywords: ["AKID"], envName: "TENCENTCLOUD_SECRET_ID" },
  { provider: "Scaleway", what: "access key", source: "SCW[A-Z0-9]{17}", keywords: ["SCW"], envName: "SCW_ACCESS_KEY", isValid: (match) => /\d/.test(match.slice(3)) && /[A-Z]/.test(match.slice(3)) },
  { provider: "DigitalOcean", what: "personal access token", source: "dop_v1_[a-f0-9]{64}", keywords: ["dop_v1_"], envName: "DIGITALOCEAN_TOKEN" },
  { provider: "DigitalOcean", what: "OAuth token", source: "doo_v1_[a-f0-9]{64}", keywords: ["doo_v1_"], envName: "DIGITALOCEAN_TOKEN" },
  { provider: "DigitalOcean", what: "refresh token", source: "dor_v1_[a-f0-9]{64}", keywords: ["dor_v1_"], envName: "DIGITALOCEAN_REFRESH_TOKEN" },
  // Cloudflare's scannable formats: the type prefix, 40 random characters, then an 8-hex-digit checksum.
  { provider: "Cloudflare", what: "prefixed API token", source: "cf(?:ut|at|k)_[A-Za-z0-9]{40}[a-f0-9]{8}", keywords: ["cfut_", "cfat_", "cfk_"], envName: "CLOUDFLARE_API_TOKEN" },
  { provider: "Cloudflare", what: "Origin CA key", source: "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}", keywords: ["v1.0-"], envName: "CLOUDFLARE_ORIGIN_CA_KEY" },
  { provider: "Fly.io", what: "access token", source: "fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3}", keywords: ["fo1_", "fm1a_", "fm1r_", "fm2_"], envName: "FLY_API_TOKEN", end: endBase64 },
  { provider: "Heroku", what: "API key", source: "HRKU-AA[0-9A-Za-z_-]{58}", keywords: ["HRKU-"], envName: "HEROKU_API_KEY" },
  { provider: "Render", what: "API key", source: "rnd_[A-Za-z0-9]{32}", keywords: ["rnd_"], envName: "RENDER_API_KEY" },
  { provider: "Netlify", what: "personal access token", source: "nfp_[A-Za-z0-9]{36,40}", keywords: ["nfp_"], envName: "NETLIFY_AUTH_TOKEN" },
  { provider: "Vercel", what: "token", source: "vc(?:p|i|a|r|k)_[A-Za-z0-9]{20,60}", keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"], envName: "VERCEL_TOKEN" },
  { provider: "Akamai", what: "EdgeGrid token", source: "akab-[a-z0-9]{16}-[a-z0-9]{16}", keywords: ["akab-"], envName: "AKAMAI_CLIENT_TOKEN" },
  { provider: "OpenShift", what: "user token", source: "sha256~[\\w-]{43}", keywords: ["sha256~"], envName: "OPENSHIFT_TOKEN" },
  { provider: "Supabase", what: "management access token", source: "sbp_[a-f0-9]{40}", keywords: ["sbp_"], envName: "SUPABASE_ACCESS_TOKEN" },
  { provider: "Supabase", what: "secret key", source: "sb_secret_[A-Za-z0-9_-]{20,}", keywords: ["sb_secret_"], envName: "SUPABASE_SECRET_KEY" },
  { provider: "Neon", what: "API key", source: "napi_[a-z0-9]{64}", keywords: ["napi_"], envName: "NEON_API_KEY" },
  { provider: "PlanetScale", what: "service token", source: "pscale_tkn_[\\w=.-]{32,64}", keywords: ["pscale_tkn_"], envName: "PLANETSCALE_SERVICE_TOKEN" },
  { provider: "PlanetScale", what: "OAuth token", source: "pscale_oauth_[\\w=.-]{32,64}", keywords: ["pscale_oauth_"], envName: "PLANETSCALE_OAUTH_TOKEN" },
  { provider: "PlanetScale", what: "database password", source: "pscale_pw_[\\w=.-]{32,64}", keywords: ["pscale_pw_"], envName: "DATABASE_PASSWORD" },
  { provider: "Convex", what: "deploy key", source: "(?:prod|preview|dev):[a-z]+-[a-z]+-\\d{2,4}\\|eyJ[A-Za-z0-9+/=_-]{20,}", keywords: ["|eyJ"], envName: "CONVEX_DEPLOY_KEY", end: endBase64 },
  { provider: "Appwrite", what: "API key", source: "standard_[a-f0-9]{256}", keywords: ["standard_"], envName: "APPWRITE_API_KEY" },
  { provider: "Upstash", what: "QStash token", source: "eyJVc2VySUQiOi[A-Za-z0-9+/=]{20,}", keywords: ["eyJVc2VySUQiOi"], envName: "QSTASH_TOKEN", end: endBase64 },
  // Source hosting, packages and CI
  { provider: "GitHub", what: "token", source: "gh[pousr]_[A-Za-z0-9]{36,251}", keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], envName: "GITHUB_TOKEN", hasIssuedStructure: hasCrc32Checksum },
  // The installation-token format GitHub Apps move to: `ghs_`, the app's numeric id, then a signed JWT.
  { provider: "GitHub", what: "App installation token", source: "ghs_\\d{1,20}_eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,}", keywords: ["ghs_"], envName: "GITHUB_TOKEN" },
  { provider: "GitHub", what: "fine-grained token", source: "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", keywords: ["github_pat_"], envName: "GITHUB_TOKEN", hasIssuedStructure: hasFineGrainedTokenId },
  { provider: "GitLab", what: "personal access token", source: "glpat-[0-9A-Za-z_-]{20}(?:[0-9A-Za-z_-]{7,280}\\.[0-9a-z]{9})?", keywords: ["glpat-"], envName: "GITLAB_TOKEN" },
  { provider: "GitLab", what: "deploy token", source: "gldt-[0-9A-Za-z_-]{20}", keywords: ["gldt-"], envName: "GITLAB_DEPLOY_TOKEN" },
  { provider: "GitLab", what: "feed token", source: "glft-[0-9A-Za-z_-]{20}", keywords: ["glft-"], envName: "GITLAB_FEED_TOKEN" },
  { provider: "GitLab", what: "feature flag client token", source: "glffct-[0-9A-Za-z_-]{20}", keywords: ["glffct-"], envName: "GITLAB_FEATURE_FLAG_TOKEN" },
  { provider: "GitLab", what: "incoming mail token", source: "glimt-[0-9A-Za-z_-]{25}", keywords: ["glimt-"], envName: "GITLAB_INCOMING_MAIL_TOKEN" },
  { provider: "GitLab", what: "agent token", source: "glagent-[0-9A-Za-z_-]{50}", keywords: ["glagent-"], envName: "GITLAB_AGENT_TOKEN" },
  { provider: "GitLab", what: "OAuth application secret", source: "gloas-[0-9A-Za-z_-]{64}", keywords: ["gloas-"], envName: "GITLAB_OAUTH_SECRET" },
  { provider: "GitLab", what: "pipeline trigger token", source: "glptt-[0-9a-f]{40}", keywords: ["glptt-"], envName: "GITLAB_TRIGGER_TOKEN" },
  { provider: "GitLab", what: "runner token", source: "glrt-(?:t\\d_)?[0-9A-Za-z_-]{20}(?:[0-9A-Za-z_-]{7,280}\\.[0-9a-z]{9})?", keywords: ["glrt-"], envName: "GITLAB_RUNNER_TOKEN" },
  { provider: "GitLab", what: "SCIM token", source: "glsoat-[0-9A-Za-z_-]{20}", keywords: ["glsoat-"], envName: "GITLAB_SCIM_TOKEN" },
  { provider: "GitLab", what: "CI/CD job token", source: "glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}", keywords: ["glcbt-"], envName: "CI_JOB_TOKEN" },
  { provider: "GitLab", what: "runner registration token", source: "GR1348941[0-9A-Za-z_-]{20}", keywords: ["GR1348941"], envName: "GITLAB_RUNNER_REGISTRATION_TOKEN" },
  { provider: "Bitbucket", what: "app password", source: "ATBB[A-Za-z0-9_=.-]{32}", keywords: ["ATBB"], envName: "BITBUCKET_APP_PASSWORD" },
  { provider: "Atlassian", what: "API token", source: "AT[AC]TT3[A-Za-z0-9_=-]{180,200}", keywords: ["ATATT3", "ATCTT3"], envName: "ATLASSIAN_API_TOKEN" },
  { provider: "npm", what: "access token", source: "npm_[A-Za-z0-9]{36}", keywords: ["npm_"], envName: "NPM_TOKEN", hasIssuedStructure: hasCrc32Checksum },
  { provider: "PyPI", what: "upload token", source: "pypi-AgEIcHlwaS5vcmc[\\w-]{50,1000}", keywords: ["pypi-AgEIcHlwaS5vcmc"], envName: "PYPI_TOKEN" },
  { provider: "RubyGems", what: "API key", source: "rubygems_[a-f0-9]{48}", keywords: ["rubygems_"], envName: "GEM_HOST_API_KEY" },
  { provider: "NuGet", what: "API key", source: "oy2[a-z0-9]{43}", keywords: ["oy2"], envName: "NUGET_API_KEY", isValid: (match) => /\d/.test(match.slice(3)) },
  { provider: "Clojars", what: "deploy token", source: "CLOJARS_[a-z0-9]{60}", keywords: ["CLOJARS_"], envName: "CLOJARS_TOKEN" },
  { provider: "crates.io", what: "API token", source: "cio[A-Za-z0-9]{32}", keywords: ["cio"], envName: "CARGO_REGISTRY_TOKEN", isValid: (match) => /\d/.test(match) && /[A-Z]/.test(match) && /[a-z]/.test(match.slice(3)) },
  { provider: "Docker Hub", what: "access token", source: "dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}", keywords: ["dckr_pat_", "dckr_oat_"], envName: "DOCKERHUB_TOKEN" },
  { provider: "JFrog", what: "API key", source: "AKCp[A-Za-z0-9]{69}", keywords: ["AKCp"], envName: "ARTIFACTORY_API_KEY" },
  { provider: "JFrog", what: "reference token", source: "cmVmdGtuOjAxOj[A-Za-z0-9]{50,}", keywords: ["cmVmdGtuOjAxOj"], envName: "ARTIFACTORY_ACCESS_TOKEN" },
  { provider: "CircleCI", what: "personal API token", source: "CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}", keywords: ["CCIPAT_"], envName: "CIRCLECI_TOKEN" },
  { provider: "Buildkite", what: "API token", source: "bkua_[a-f0-9]{40}", keywords: ["bkua_"], envName: "BUILDKITE_API_TOKEN" },
  { provider: "SonarQube", what: "token", source: "sq[pua]_[a-f0-9]{40}", keywords: ["sqp_", "squ_", "sqa_"], envName: "SONAR_TOKEN" },
  { provider: "Sourcegraph", what: "access token", source: "sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}", keywords: ["sgp_"], envName: "SRC_ACCESS_TOKEN" },
  { provider: "Harness", what: "API key", source: "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}", keywords: ["pat.", "sat."], envName: "HARNESS_API_KEY" },
  { provider: "Octopus Deploy", what: "API key", source: "API-[A-Z0-9]{26}", keywords: ["API-"], envName: "OCTOPUS_API_KEY", isValid: (match) => /\d/.test(match.slice(4)) && /[A-Z]/.test(match.slice(4)) },
  { provider: "TeamCity", what: "access token", source: "eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}", keywords: ["eyJ0eXAiOiAiVENWMiJ9"], envName: "TEAMCITY_TOKEN" },
  { provider: "YouTrack", what: "permanent token", source: "perm:[A-Za-z0-9+/=]{4,}\\.[A-Za-z0-9+/=]{4,}\\.[A-Za-z0-9]{20,}", keywords: ["perm:"], envName: "YOUTRACK_TOKEN" },
  { provider: "Terraform Cloud", what: "API token", source: "[a-z0-9]{14}\\.atlasv1\\.[a-z0-9_=-]{60,70}", keywords: [".atlasv1."], envName: "TFE_TOKEN", caseInsensitive: true },
  { provider: "HashiCorp Vault", what: "service token", source: "hvs\\.[A-Za-z0-9_-]{90,120}", keywords: ["hvs."], envName: "VAULT_TOKEN" },
  { provider: "HashiCorp Vault", what: "batch token", source: "hvb\\.[A-Za-z0-9_-]{138,300}", keywords: ["hvb."], envName: "VAULT_TOKEN" },
  { provider: "HashiCorp Vault", what: "recovery token", source: "hvr\\.[A-Za-z0-9_-]{90,120}", keywords: ["hvr."], envName: "VAULT_TOKEN" },
  { provider: "Pulumi", what: "access token", source: "pul-[a-f0-9]{40}", keywords: ["pul-"], envName: "PULUMI_ACCESS_TOKEN" },
  { provider: "Doppler", what: "token", source: "dp\\.(?:pt|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}|dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}", keywords: ["dp."], envName: "DOPPLER_TOKEN" },
  { provider: "1Password", what: "service account token", source: "ops_eyJ[A-Za-z0-9+/]{100,}={0,3}", keywords: ["ops_eyJ"], envName: "OP_SERVICE_ACCOUNT_TOKEN", end: endBase64 },
  { provider: "1Password", what: "secret key", source: "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}", keywords: ["A3-"], envName: "OP_SECRET_KEY" },
  { provider: "age", what: "secret key", source: "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", keywords: ["AGE-SECRET-KEY-1"], envName: "AGE_SECRET_KEY" },
  { provider: "Infracost", what: "API key", source: "ico-[A-Za-z0-9]{32}", keywords: ["ico-"], envName: "INFRACOST_API_KEY" },
  { provider: "Prefect", what: "API key", source: "pnu_[A-Za-z0-9]{36}", keywords: ["pnu_"], envName: "PREFECT_API_KEY" },
  { provider: "Scalingo", what: "API token", source: "tk-us-[\\w-]{48}", keywords: ["tk-us-"], envName: "SCALINGO_API_TOKEN" },
  { provider: "SettleMint", what: "access token", source: "sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}", keywords: ["sm_aat_", "sm_pat_", "sm_sat_"], envName: "SETTLEMINT_ACCESS_TOKEN" },
  { provider: "Tailscale", what: "key", source: "tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}", keywords: ["tskey-"], envName: "TS_AUTHKEY", end: "(?![0-9A-Za-z_])" },
  // AI and data
  { provider: "Anthropic", what: "API key", source: "sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{32,}", keywords: ["sk-ant-"], envName: "ANTHROPIC_API_KEY", end: "" },
  { provider: "OpenRouter", what: "API key", source: "sk-or-v1-[a-f0-9]{64}", keywords: ["sk-or-v1-"], envName: "OPENROUTER_API_KEY" },
  { provider: "Langfuse", what: "secret key", source: `sk-lf-${uuid}`, keywords: ["sk-lf-"], envName: "LANGFUSE_SECRET_KEY" },
  { provider: "OpenAI", what: "API key", source: "sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}", keywords: ["sk-"], envName: "OPENAI_API_KEY", end: "", isValid: isOpenAiKey },
  { provider: "LangSmith", what: "API key", source: "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}", keywords: ["lsv2_"], envName: "LANGSMITH_API_KEY" },
  { provider: "Hugging Face", what: "access token", source: "hf_[A-Za-z]{34}", keywords: ["hf_"], envName: "HF_TOKEN" },
  { provider: "Hugging Face", what: "organization API token", source: "api_org_[A-Za-z]{34}", keywords: ["api_org_"], envName: "HF_TOKEN" },
  { provider: "Groq", what: "API key", source: "gsk_[A-Za-z0-9]{52}", keywords: ["gsk_"], envName: "GROQ_API_KEY" },
  { provider: "xAI", what: "API key", source: "xai-[A-Za-z0-9]{80}", keywords: ["xai-"], envName: "XAI_API_KEY" },
  { provider: "Perplexity", what: "API key", source: "pplx-[A-Za-z0-9]{48}", keywords: ["pplx-"], envName: "PERPLEXITY_API_KEY" },
  { provider: "Replicate", what: "API token", source: "r8_[A-Za-z0-9]{37}", keywords: ["r8_"], envName: "REPLICATE_API_TOKEN" },
  { provider: "ElevenLabs", what: "API key", source: "sk_[a-f0-9]{48}", keywords: ["sk_"], envName: "ELEVENLABS_API_KEY" },
  { provider: "Pinecone", what: "API key", source: "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}", keywords: ["pcsk_"], envName: "PINECONE_API_KEY" },
  { provider: "Databricks", what: "access token", source: "dapi[a-f0-9]{32}(?:-\\d)?", keywords: ["dapi"], envName: "DATABRICKS_TOKEN" },
  { provider: "ClickHouse Cloud", what: "API secret", source: "4b1d[A-Za-z0-9]{38}", keywords: ["4b1d"], envName: "CLICKHOUSE_API_SECRET", isValid: (match) => /[G-Zg-z]/.test(match) },
  { provider: "Dynatrace", what: "API token", source: "dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}", keywords: ["dt0c01."], envName: "DT_API_TOKEN" },
  { provider: "Grafana", what: "Cloud API token", source: "glc_[A-Za-z0-9+/]{32,400}={0,2}", keywords: ["glc_"], envName: "GRAFANA_CLOUD_TOKEN", end: endBase64 },
  { provider: "Grafana", what: "service account token", source: "glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", keywords: ["glsa_"], envName: "GRAFANA_SERVICE_ACCOUNT_TOKEN" },
  { provider: "Grafana", what: "API key", source: "eyJrIjoi[A-Za-z0-9]{70,400}={0,3}", keywords: ["eyJrIjoi"], envName: "GRAFANA_API_KEY", end: endBase64 },
  { provider: "New Relic", what: "user API key", source: "NRAK-[A-Z0-9]{27}", keywords: ["NRAK-"], envName: "NEW_RELIC_API_KEY" },
  { provider: "New Relic", what: "insert key", source: "NRII-[A-Za-z0-9_-]{32}", keywords: ["NRII-"], envName: "NEW_RELIC_INSERT_KEY" },
  { provider: "Sentry", what: "user auth token", source: "sntryu_[a-f0-9]{64}", keywords: ["sntryu_"], envName: "SENTRY_AUTH_TOKEN" },
  { provider: "Sentry", what: "organization token", source: "sntrys_eyJ[A-Za-z0-9+/=]{20,400}_[A-Za-z0-9+/]{43}", keywords: ["sntrys_eyJ"], envName: "SENTRY_AUTH_TOKEN", end: endBase64, isValid: isSentryOrgToken },
  { provider: "PostHog", what: "personal API key", source: "phx_[A-Za-z0-9]{40,50}", keywords: ["phx_"], envName: "POSTHOG_PERSONAL_API_KEY" },
  { provider: "Axiom", what: "API token", source: `xa[ap]t-${uuid}`, keywords: ["xaat-", "xapt-"], envName: "AXIOM_TOKEN" },
  { provider: "MaxMind", what: "license key", source: "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", keywords: ["_mmk"], envName: "MAXMIND_LICENSE_KEY" },
  // Payments and commerce
  { id: "stripe-secret-key", provider: "Stripe", what: "live secret key", source: "(?:sk|rk)_live_[0-9A-Za-z]{24,}", keywords: ["sk_live_", "rk_live_"], envName: "STRIPE_SECRET_KEY" },
  // A webhook signing secret is an HMAC key the receiver verifies with: tests mint their own to sign sample events, and
  // other webhook senders (Svix and its users) mint keys under the same prefix.
  { provider: "Stripe", what: "webhook signing secret", source: "whsec_[A-Za-z0-9+/=]{32,}", keywords: ["whsec_"], envName: "STRIPE_WEBHOOK_SECRET", end: endBase64, isSelfMinted: true },
  { provider: "Square", what: "access token", source: "EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}", keywords: ["EAAA", "sq0atp-"], envName: "SQUARE_ACCESS_TOKEN" },
  { provider: "Square", what: "OAuth secret", source: "sq0csp-[A-Za-z0-9_-]{43}", keywords: ["sq0csp-"], envName: "SQUARE_OAUTH_SECRET" },
  { provider: "PayPal Braintree", what: "access token", source: "access_token\\$production\\$[a-z0-9]{16}\\$[a-f0-9]{32}", keywords: ["access_token$production$"], envName: "BRAINTREE_ACCESS_TOKEN" },
  { provider: "Shopify", what: "access token", source: "shp(?:at|ca|pa)_(?:[a-fA-F0-9]{32}|[A-Za-z0-9]{32,64})", keywords: ["shpat_", "shpca_", "shppa_"], envName: "SHOPIFY_ACCESS_TOKEN" },
  { provider: "Shopify", what: "shared secret", source: "shpss_(?:[a-fA-F0-9]{32}|[A-Za-z0-9]{32,64})", keywords: ["shpss_"], envName: "SHOPIFY_API_SECRET" },
  { provider: "Plaid", what: "access token", source: `access-(?:production|development)-${uuid}`, keywords: ["access-production-", "access-development-"], envName: "PLAID_ACCESS_TOKEN" },
  { provider: "Paddle", what: "API key", source: "pdl_live_apikey_[A-Za-z0-9_]{30,}", keywords: ["pdl_live_apikey_"], envName: "PADDLE_API_KEY" },
  { provider: "Flutterwave", what: "live secret key", source: "FLWSECK-[a-h0-9]{32}-X", keywords: ["FLWSECK-"], envName: "FLW_SECRET_KEY", end: "(?![A-Za-z0-9])", caseInsensitive: true },
  { provider: "GoCardless", what: "live access token", source: "live_[A-Za-z0-9_=-]{40}", keywords: ["live_"], envName: "GOCARDLESS_ACCESS_TOKEN" },
  { provider: "Mollie", what: "live API key", source: "live_[A-Za-z0-9]{30}", keywords: ["live_"], envName: "MOLLIE_API_KEY" },
  { provider: "Shippo", what: "live API token", source: "shippo_live_[a-fA-F0-9]{40}", keywords: ["shippo_live_"], envName: "SHIPPO_API_TOKEN" },
  { provider: "EasyPost", what: "production API key", source: "EZAK[A-Za-z0-9]{54}", keywords: ["EZAK"], envName: "EASYPOST_API_KEY" },
  { provider: "Duffel", what: "live access token", source: "duffel_live_[A-Za-z0-9_=-]{43}", keywords: ["duffel_live_"], envName: "DUFFEL_ACCESS_TOKEN" },
  { provider: "Klaviyo", what: "private API key", source: "pk_[a-f0-9]{34}", keywords: ["pk_"], envName: "KLAVIYO_PRIVATE_KEY" },
  // Messaging, email and social
  { provider: "Slack", what: "token", source: "xox[abposr]-(?:\\d[0-9A-Za-z-]{9,}|[0-9A-Za-z]{8,48}(?![0-9A-Za-z-]))", keywords: ["xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"], envName: "SLACK_TOKEN", end: "", isValid: (match) => /\d/.test(match) },
  { provider: "Slack", what: "app-level token", source: "xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{32,}", keywords: ["xapp-"], envName: "SLACK_APP_TOKEN" },
  { provider: "Slack", what: "configuration token", source: "xoxe(?:\\.xox[bp])?-\\d-[A-Z0-9]{140,170}", keywords: ["xoxe"], envName: "SLACK_CONFIG_TOKEN", caseInsensitive: true },
  { provider: "Slack", what: "webhook URL", source: "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}", keywords: ["hooks.slack.com/"], envName: "SLACK_WEBHOOK_URL", end: "(?![A-Za-z0-9+/])", isValid: (match) => hasRandomTail(match) && /\/[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/[A-Za-z0-9]{20,}$|workflows|triggers/.test(match) },
  { provider: "Discord", what: "bot token", source: "[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}", keywords: ["."], envName: "DISCORD_BOT_TOKEN", isValid: isDiscordToken },
  { provider: "Discord", what: "webhook URL", source: "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68}", keywords: ["/api/webhooks/"], envName: "DISCORD_WEBHOOK_URL", isValid: hasRandomTail },
  { provider: "Microsoft Teams", what: "webhook URL", source: `https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/${uuid}@${uuid}/IncomingWebhook/[a-z0-9]{32}/${uuid}`, keywords: [".webhook.office.com/"], envName: "TEAMS_WEBHOOK_URL", isValid: hasRandomTail },
  { provider: "Telegram", what: "bot token", source: "\\d{8,10}:AA[0-9A-Za-z_-]{33}", keywords: [":AA"], envName: "TELEGRAM_BOT_TOKEN" },
  { provider: "Twilio", what: "API key", source: "SK[0-9a-f]{32}", keywords: ["SK"], envName: "TWILIO_API_KEY" },
  { provider: "SendGrid", what: "API key", source: "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}", keywords: ["SG."], envName: "SENDGRID_API_KEY" },
  { provider: "Brevo", what: "API key", source: "x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}", keywords: ["xkeysib-", "xsmtpsib-"], envName: "BREVO_API_KEY" },
  { provider: "Mailchimp", what: "API key", source: "[a-f0-9]{32}-us\\d{1,2}", keywords: ["-us"], envName: "MAILCHIMP_API_KEY", end: "(?![A-Za-z0-9])" },
  { provider: "Resend", what: "API key", source: "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", keywords: ["re_"], envName: "RESEND_API_KEY" },
  { provider: "Intercom", what: "access token", source: "dG9rO[A-Za-z0-9+/]{50,}={0,2}", keywords: ["dG9rO"], envName: "INTERCOM_ACCESS_TOKEN", end: endBase64, isValid: (match) => /^tok:[0-9a-f-]{36}:/.test(decodeBase64(match)) },
  { provider: "Twitter", what: "bearer token", source: "A{22}[A-Za-z0-9%]{80,100}", keywords: ["AAAAAAAAAAAAAAAAAAAAA"], envName: "TWITTER_BEARER_TOKEN", end: "(?![A-Za-z0-9%])" },
  { provider: "Facebook", what: "access token", source: "EAA[BCDGMIZ][A-Za-z0-9]{90,}", keywords: ["EAA"], envName: "FACEBOOK_ACCESS_TOKEN" },
  { provider: "Mapbox", what: "secret token", source: "sk\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{20,}", keywords: ["sk.eyJ"], envName: "MAPBOX_SECRET_TOKEN" },
  // Productivity and content
  { provider: "Linear", what: "API key", source: "lin_api_[A-Za-z0-9]{40}", keywords: ["lin_api_"], envName: "LINEAR_API_KEY" },
  { provider: "Linear", what: "OAuth token", source: "lin_oauth_[a-f0-9]{64}", keywords: ["lin_oauth_"], envName: "LINEAR_ACCESS_TOKEN" },
  { provider: "Notion", what: "integration token", source: "ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}", keywords: ["ntn_", "secret_"], envName: "NOTION_TOKEN" },
  { provider: "Airtable", what: "personal access token", source: "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}", keywords: ["pat"], envName: "AIRTABLE_API_KEY" },
  { provider: "Asana", what: "personal access token", source: "[12]/\\d{13,20}(?:/\\d{13,20})?:[0-9a-f]{32}", keywords: [":"], envName: "ASANA_ACCESS_TOKEN", end: "(?![A-Za-z0-9])" },
  { provider: "ClickUp", what: "personal token", source: "pk_\\d{6,10}_[A-Z0-9]{32}", keywords: ["pk_"], envName: "CLICKUP_API_TOKEN" },
  { provider: "Figma", what: "personal access token", source: "figd_[A-Za-z0-9_-]{40,200}", keywords: ["figd_"], envName: "FIGMA_TOKEN" },
  { provider: "Contentful", what: "personal access token", source: "CFPAT-[A-Za-z0-9_-]{43}", keywords: ["CFPAT-"], envName: "CONTENTFUL_MANAGEMENT_TOKEN" },
  { provider: "Sanity", what: "API token", source: "sk[A-Za-z0-9]{170,190}", keywords: ["sk"], envName: "SANITY_API_TOKEN", end: "(?![A-Za-z0-9])" },
  { provider: "Dropbox", what: "access token", source: "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,}", keywords: ["sl."], envName: "DROPBOX_ACCESS_TOKEN" },
  { provider: "Frame.io", what: "API token", source: "fio-u-[A-Za-z0-9_=-]{64}", keywords: ["fio-u-"], envName: "FRAMEIO_TOKEN" },
  { provider: "Typeform", what: "personal access token", source: "tfp_[A-Za-z0-9_.=-]{40,64}", keywords: ["tfp_"], envName: "TYPEFORM_TOKEN" },
  { provider: "ReadMe", what: "API key", source: "rdme_[a-z0-9]{70}", keywords: ["rdme_"], envName: "README_API_KEY" },
  { provider: "Postman", what: "API key", source: "PMAK-[a-f0-9]{24}-[a-f0-9]{34}", keywords: ["PMAK-"], envName: "POSTMAN_API_KEY", caseInsensitive: true },
  { provider: "HubSpot", what: "private app token", source: `pat-(?:na|eu|ap)\\d-${uuid}`, keywords: ["pat-na", "pat-eu", "pat-ap"], envName: "HUBSPOT_ACCESS_TOKEN" },
  { provider: "Stytch", what: "live secret", source: "secret-live-[A-Za-z0-9_=-]{30,}", keywords: ["secret-live-"], envName: "STYTCH_SECRET" },
  { provider: "Adobe", what: "client secret", source: "p8e-[A-Za-z0-9]{32}", keywords: ["p8e-"], envName: "ADOBE_CLIENT_SECRET" },
  { provider: "Intra42", what: "client secret", source: "s-s4t2(?:ud|af)-[a-f0-9]{64}", keywords: ["s-s4t2"], envName: "FT_CLIENT_SECRET" },
];

/** Documented in many places but minted by anyone: PEM keys, JWTs, connection URLs. */
const selfMintedFormats: readonly SecretFormat[] = [
  {
    id: "pem-private-key",
    provider: "PEM",
    description: "a PEM private key",
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[^-]*-----|$)/,
    keywords: ["PRIVATE KEY"],
    isValid: (match) => /[A-Za-z0-9+/=]{40,}/.test(match.replace(/\s+/g, "")) && !/\.{3}|…/.test(match),
    envName: "PRIVATE_KEY",
    isSelfMinted: true,
  },
];

/** JWTs: the service-role key of Supabase is told apart from other signed tokens by its `role` claim. */
const jwtPattern = /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16,}/;
const jwtFormats: readonly SecretFormat[] = [
  {
    id: "supabase-service-role-key",
    provider: "Supabase",
    description: "a Supabase service-role key",
    pattern: jwtPattern,
    keywords: ["eyJ"],
    isValid: (match) => jwtClaim(match, "role") === "service_role",
    envName: "SUPABASE_SERVICE_ROLE_KEY",
  },
  {
    id: "jwt",
    provider: "JWT",
    description: "a signed JWT",
    pattern: jwtPattern,
    keywords: ["eyJ"],
    // Supabase anon keys are JWTs built to ship to browsers; the jwt.io sample is printed in every tutorial.
    isValid: (match) => jwtClaim(match, "alg", 0) !== undefined && jwtClaim(match, "role") !== "anon" && !isPublicSampleJwt(match),
    envName: "JWT",
    isSelfMinted: true,
  },
];

const vendorFormats: readonly SecretFormat[] = vendorRows.map(vendorFormat);

/** Every format, in the order they are tried: the first that matches a literal describes it. */
export const catalogueFormats: readonly SecretFormat[] = [...selfMintedFormats, ...vendorFormats, ...jwtFormats];

const hex32 = /^[a-f0-9]{32}$/;
const hex40 = /^[a-f0-9]{40}$/;
const hex64 = /^[a-f0-9]{64}$/;
const alnum = (length: number): RegExp => new RegExp(`^[A-Za-z0-9]{${length}}$`);
const uuidValue = new RegExp(`^${uuid}$`, "i");

function named(provider: string, what: string, nameWords: readonly (readonly string[])[], value: RegExp, envName: string): NamedSecretFormat {
  const description = `${provider} ${what}`;
  return { id: idOf(provider, what), provider, description: `${article(description)} ${description}`, nameWords, value, envName };
}

const secretish = ["key", "secret", "token", "password", "pass", "pwd", "apikey", "auth"];

/** Formats told by their provider's name beside them; each value shape is the provider's documented one. */
export const namedFormats: readonly NamedSecretFormat[] = [
  named("AWS", "secret access key", [["aws", "amazon", "s3"], ["secret"]], /^[A-Za-z0-9/+]{40}$/, "AWS_SECRET_ACCESS_KEY"),
  named("Twilio", "auth token", [["twilio"], ["auth", "token", "secret"]], hex32, "TWILIO_AUTH_TOKEN"),
  named("Datadog", "API key", [["datadog", "dd"], ["api"]], hex32, "DD_API_KEY"),
  named("Datadog", "application key", [["datadog", "dd"], ["app", "application"]], hex40, "DD_APP_KEY"),
  named("Mailgun", "API key", [["mailgun"], secretish], /^(?:key-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?$/, "MAILGUN_API_KEY"),
  named("Postmark", "server token", [["postmark"], secretish], uuidValue, "POSTMARK_SERVER_TOKEN"),
  named("Heroku", "legacy API key", [["heroku"], secretish], uuidValue, "HEROKU_API_KEY"),
  named("Snyk", "API token", [["snyk"], secretish], uuidValue, "SNYK_TOKEN"),
  named("LaunchDarkly", "SDK key", [["launchdarkly", "ld"], ["sdk", "key", "token"]], new RegExp(`^(?:sdk|api)-${uuid}$`), "LAUNCHDARKLY_SDK_KEY"),
  named("Algolia", "admin API key", [["algolia"], ["admin", "write"]], hex32, "ALGOLIA_ADMIN_KEY"),
  named("Cloudflare", "API token", [["cloudflare", "cf"], ["token", "key", "secret"]], /^[A-Za-z0-9_-]{40}$/, "CLOUDFLARE_API_TOKEN"),
  named("Cloudflare", "global API key", [["cloudflare", "cf"], ["key"]], /^[a-f0-9]{37}$/, "CLOUDFLARE_API_KEY"),
  named("Okta", "API token", [["okta"], secretish], /^00[A-Za-z0-9_=-]{40}$/, "OKTA_API_TOKEN"),
  named("Auth0", "client secret", [["auth0"], ["secret"]], /^[A-Za-z0-9_-]{64}$/, "AUTH0_CLIENT_SECRET"),
  named("Lob", "live API key", [["lob"], secretish], /^live_[a-f0-9]{35}$/, "LOB_API_KEY"),
  named("Rollbar", "access token", [["rollbar"], secretish], hex32, "ROLLBAR_ACCESS_TOKEN"),
  named("Codecov", "upload token", [["codecov"], secretish], uuidValue, "CODECOV_TOKEN"),
  named("Coveralls", "repo token", [["coveralls"], secretish], alnum(32), "COVERALLS_REPO_TOKEN"),
  named("Travis CI", "access token", [["travis"], secretish], alnum(22), "TRAVIS_TOKEN"),
  named("Drone CI", "access token", [["drone"], secretish], alnum(32), "DRONE_TOKEN"),
  named("Fastly", "API token", [["fastly"], secretish], /^[A-Za-z0-9_-]{32}$/, "FASTLY_API_TOKEN"),
  named("Linode", "access token", [["linode"], secretish], hex64, "LINODE_TOKEN"),
  named("Hetzner", "API token", [["hetzner", "hcloud"], secretish], alnum(64), "HCLOUD_TOKEN"),
  named("Vultr", "API key", [["vultr"], secretish], /^[A-Z0-9]{36}$/, "VULTR_API_KEY"),
  named("Backblaze", "application key", [["backblaze", "b2"], ["application", "app", "secret"]], /^K\d{3}[A-Za-z0-9+/]{27}$/, "B2_APPLICATION_KEY"),
  named("Cohere", "API key", [["cohere", "co"], secretish], alnum(40), "CO_API_KEY"),
  named("Mistral", "API key", [["mistral"], secretish], alnum(32), "MISTRAL_API_KEY"),
  named("Together AI", "API key", [["together"], secretish], hex64, "TOGETHER_API_KEY"),
  named("Deepgram", "API key", [["deepgram"], secretish], hex40, "DEEPGRAM_API_KEY"),
  named("AssemblyAI", "API key", [["assemblyai", "assembly"], secretish], hex32, "ASSEMBLYAI_API_KEY"),
  named("Azure OpenAI", "API key", [["azure"], ["openai", "cognitive", "ai"], secretish], hex32, "AZURE_OPENAI_API_KEY"),
  named("Spotify", "client secret", [["spotify"], ["secret"]], hex32, "SPOTIFY_CLIENT_SECRET"),
  named("LinkedIn", "client secret", [["linkedin"], ["secret"]], /^[A-Za-z0-9]{16}$/, "LINKEDIN_CLIENT_SECRET"),
  named("Facebook", "app secret", [["facebook", "fb", "meta"], ["secret"]], hex32, "FACEBOOK_APP_SECRET"),
  named("Twitter", "API secret", [["twitter"], ["secret"]], alnum(50), "TWITTER_API_SECRET"),
  named("Twitter", "access token", [["twitter"], ["token", "access"]], /^\d{15,25}-[A-Za-z0-9]{20,40}$/, "TWITTER_ACCESS_TOKEN"),
  named("Twitch", "client secret", [["twitch"], secretish], /^[a-z0-9]{30}$/, "TWITCH_CLIENT_SECRET"),
  named("Discord", "client secret", [["discord"], ["secret"]], /^[A-Za-z0-9_-]{32}$/, "DISCORD_CLIENT_SECRET"),
  named("Zendesk", "API token", [["zendesk"], secretish], alnum(40), "ZENDESK_API_TOKEN"),
  named("Etsy", "API key", [["etsy"], secretish], /^[a-z0-9]{24}$/, "ETSY_API_KEY"),
  named("Finnhub", "API key", [["finnhub"], secretish], /^[a-z0-9]{20}$/, "FINNHUB_API_KEY"),
  named("RapidAPI", "API key", [["rapidapi", "rapid"], secretish], /^[A-Za-z0-9_-]{50}$/, "RAPIDAPI_KEY"),
  named("Sendbird", "API token", [["sendbird"], secretish], hex40, "SENDBIRD_API_TOKEN"),
  named("Meilisearch", "master key", [["meili", "meilisearch"], ["master", "admin"]], /^[A-Za-z0-9_-]{16,64}$/, "MEILI_MASTER_KEY"),
  named("Razorpay", "key secret", [["razorpay"], ["secret"]], alnum(24), "RAZORPAY_KEY_SECRET"),
  named("Paystack", "secret key", [["paystack"], ["secret"]], /^sk_live_[a-f0-9]{40}$/, "PAYSTACK_SECRET_KEY"),
  named("Coinbase", "API secret", [["coinbase"], ["secret"]], /^[A-Za-z0-9_-]{64}$/, "COINBASE_API_SECRET"),
  named("Sumo Logic", "access key", [["sumo", "sumologic"], secretish], alnum(64), "SUMO_ACCESS_KEY"),
  named("Pusher", "app secret", [["pusher"], ["secret"]], /^[a-f0-9]{20}$/, "PUSHER_APP_SECRET"),
  named("Ably", "API key", [["ably"], secretish], /^[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}$/, "ABLY_API_KEY"),
  named("Contentful", "delivery token", [["contentful"], ["token", "key"]], /^[A-Za-z0-9_-]{43}$/, "CONTENTFUL_ACCESS_TOKEN"),
];

/** Base62 alphabet of GitHub's and npm's token checksums. */
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * GitHub (`ghp_`, `gho_`, …) and npm (`npm_`) tokens end in the CRC32 of their 30 random characters in base62,
 * padded to six: the check GitHub documents for telling a token from a look-alike.
 */
export function hasCrc32Checksum(token: string): boolean {
  const body = token.slice(token.indexOf("_") + 1);
  if (body.length !== 36) return false;
  return toBase62(crc32(body.slice(0, 30))).padStart(6, "0") === body.slice(30);
}

export function toBase62(value: number): string {
  let text = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) text = base62[rest % 62]! + text;
  return text || "0";
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) crc = crcTable[(crc ^ text.charCodeAt(index)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A GitHub fine-grained token's first segment is its id as GitHub mints it: a two-digit version (`11` so far), then nine
 * upper-case letters and digits ending in `0`, then mixed-case characters (`github_pat_11ABCDEFG0…`). A segment of random
 * mixed-case letters was generated to look like a token.
 */
function hasFineGrainedTokenId(token: string): boolean {
  return /^github_pat_\d{2}[A-Z0-9]{7}0/.test(token);
}

/** A webhook URL's secret is its last path segment: `…/YYYYYYYY…` in a test is a stand-in, however random the rest. */
function hasRandomTail(url: string): boolean {
  const tail = url.slice(url.lastIndexOf("/") + 1);
  return new Set(tail).size >= Math.min(8, Math.ceil(tail.length / 3));
}

/** AWS key ids are base32 after their prefix (AWS's documented `…EXAMPLE` id aside). */
function isAwsKeyId(match: string): boolean {
  return /^[A-Z]{4}[A-Z2-7]{16}$/.test(match) && !match.endsWith("EXAMPLE");
}

/** `sk-` is also the prefix of hand-made ids (`sk-live-mode-toggle`); an OpenAI key has digits and no Anthropic prefix. */
function isOpenAiKey(match: string): boolean {
  return !match.startsWith("sk-ant-") && /\d/.test(match);
}

/** A Discord bot token opens with the bot's numeric user id in base64. */
function isDiscordToken(match: string): boolean {
  return /^\d{17,20}$/.test(decodeBase64(match.slice(0, match.indexOf("."))));
}

/** Sentry organization tokens carry a base64 JSON payload with the issue time and the organization's URL. */
function isSentryOrgToken(match: string): boolean {
  const payload = decodeBase64(match.slice("sntrys_".length, match.lastIndexOf("_")));
  return payload.includes('"iat"') && payload.includes("url");
}

function decodeBase64(text: string): string {
  try {
    return Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  } catch {
    return "";
  }
}

/** The sample token jwt.io and countless tutorials print (subject 1234567890, John Doe): public, never a credential. */
function isPublicSampleJwt(token: string): boolean {
  return jwtClaim(token, "sub") === "1234567890" && jwtClaim(token, "name") === "John Doe";
}

export function jwtClaim(token: string, claim: string, part = 1): unknown {
  const segment = token.split(".")[part];
  if (!segment) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return decoded && typeof decoded === "object" ? (decoded as Record<string, unknown>)[claim] : undefined;
  } catch {
    return undefined;
  }
}

/** Providers in the catalogue, for the docs and the corpus report. */
export function catalogueProviders(): string[] {
  return [...new Set([...catalogueFormats, ...namedFormats].map((format) => format.provider))].sort();
}
