/**
 * Third-party notices for our bundles: the esbuild plugin the tsup configs use, and the pieces the tests use to
 * check what ships against the bundler's metafile.
 */
export { ALLOWED_LICENSES, allowedLicenseOf } from "./allowed-licenses.js";
export { type BundledThirdPartyPackage, bundledThirdPartyPackages, type Metafile } from "./bundled-third-party-packages.js";
export { renderThirdPartyNotices, THIRD_PARTY_NOTICES_FILE } from "./render-third-party-notices.js";
export { thirdPartyNotices } from "./third-party-notices-plugin.js";
