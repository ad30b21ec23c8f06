/* What the node tests share: the theme's scripts and a site built from the shipped content by the
 * real binary ($SEAM_BINARY, else .build/release/seam, else .build/debug/seam), once per test file. */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');

const repository = path.resolve(__dirname, '..', '..');
const assets = path.join(repository, 'Sources', 'SeamSite', 'Theme', 'assets');

/* A theme script as a module (they export through module.exports under node). The modules speak
 * the words of the built site (strings.js with the strings the build wrote). */
function asset(name) {
  const strings = require(path.join(assets, 'strings.js'));
  if (!loadedStrings) { loadedStrings = builtStrings(); strings.use(loadedStrings); }
  return require(path.join(assets, name));
}

let loadedStrings = null;

function binary() {
  const candidates = [process.env.SEAM_BINARY, '.build/release/seam', '.build/debug/seam']
    .filter(Boolean).map((file) => path.resolve(repository, file));
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error('no seam binary: build one (make build) or set SEAM_BINARY; looked for ' + candidates.join(', '));
  return found;
}

let built = null;

/* The folder of a site built from content/ (removed when the process ends). */
function site() {
  if (built) return built;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seam-js-test-'));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  const output = path.join(folder, 'site');
  execFileSync(binary(), ['build', '--content', path.join(repository, 'content'), '--output', output], { stdio: 'pipe' });
  built = output;
  return built;
}

/* The browser index the build wrote: assets/search-index.js run as the browser runs it. */
function builtIndex() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(site(), 'assets', 'search-index.js'), 'utf8'), sandbox);
  if (!sandbox.window.SeamSearchIndex) throw new Error('assets/search-index.js set no window.SeamSearchIndex');
  return sandbox.window.SeamSearchIndex;
}

/* The related-word table the build wrote: assets/search-related.js run as the browser runs it. */
function builtRelated() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(site(), 'assets', 'search-related.js'), 'utf8'), sandbox);
  if (!sandbox.window.SeamSearchRelated) throw new Error('assets/search-related.js set no window.SeamSearchRelated');
  return sandbox.window.SeamSearchRelated;
}

/* The definition an assessment page embeds, as assessment-page.js reads it. */
function builtDefinition(id) {
  const page = fs.readFileSync(path.join(site(), 'assessments', id + '.html'), 'utf8');
  const found = /<script type="application\/json" id="assessment-definition">([\s\S]*?)<\/script>/.exec(page);
  if (!found) throw new Error('assessments/' + id + '.html embeds no #assessment-definition');
  return JSON.parse(found[1]);
}

/* The interface words the build wrote for the site's script (assets/site-strings.js). */
function builtStrings() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(site(), 'assets', 'site-strings.js'), 'utf8'), sandbox);
  if (!sandbox.window.SeamStrings) throw new Error('assets/site-strings.js set no window.SeamStrings');
  return sandbox.window.SeamStrings;
}

/* A deep copy, to change an index or definition without touching the shared one. */
function copy(value) { return JSON.parse(JSON.stringify(value)); }

module.exports = { repository, asset, binary, site, builtIndex, builtRelated, builtDefinition, builtStrings, copy };
