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

const built = {};

/* The folder of a site built from content/ with the search index `layout` (single, shards or
   automatic: the build's default), removed when the process ends. */
function site(layout = 'automatic') {
  if (built[layout]) return built[layout];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seam-js-test-'));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  const output = path.join(folder, 'site');
  execFileSync(binary(), ['build', '--content', path.join(repository, 'content'), '--output', output, '--search-index', layout],
    { stdio: 'pipe' });
  built[layout] = output;
  return output;
}

/* The browser index the build wrote: assets/search-index.js run as the browser runs it (for
   shards, the manifest). */
function builtIndex(layout) {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(site(layout), 'assets', 'search-index.js'), 'utf8'), sandbox);
  if (!sandbox.window.SeamSearchIndex) throw new Error('assets/search-index.js set no window.SeamSearchIndex');
  return sandbox.window.SeamSearchIndex;
}

/* The related-word table the build wrote: assets/search-related.js run as the browser runs it. */
function builtRelated(layout) {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(site(layout), 'assets', 'search-related.js'), 'utf8'), sandbox);
  if (!sandbox.window.SeamSearchRelated) throw new Error('assets/search-related.js set no window.SeamSearchRelated');
  return sandbox.window.SeamSearchRelated;
}

/* A search of a sharded index as seam.js runs it: search, load the shards the engine lacked (their
   files run as the browser runs them, calling seamShard), again until none lacks. Returns the
   results and the ids of the shards loaded. */
function searchShards(engine, index, folder, query, limit, kind) {
  const loaded = [];
  for (;;) {
    const hits = engine.search(index, query, limit, kind);
    const missing = engine.missingShards(index);
    if (!missing.length) return { hits, loaded };
    for (const id of missing) {
      if (loaded.includes(id)) throw new Error('shard ' + id + ' asked for again after loading');
      const sandbox = { seamShard: (shard, data) => engine.addShard(index, shard, data) };
      vm.runInNewContext(fs.readFileSync(path.join(folder, engine.shardPath(index, id)), 'utf8'), sandbox);
      loaded.push(id);
    }
  }
}

/* The questions of the relevance file (Tests/SeamSearchTests/RelevanceCases.swift), read from its
   `("query", "expected id")` lines. */
function relevanceQueries() {
  const text = fs.readFileSync(path.join(repository, 'Tests', 'SeamSearchTests', 'RelevanceCases.swift'), 'utf8');
  const found = [];
  for (const match of text.matchAll(/^\s*\("((?:[^"\\]|\\.)*)",\s*"[^"]*"\)/gm)) found.push(JSON.parse('"' + match[1] + '"'));
  if (found.length < 20) throw new Error('read only ' + found.length + ' relevance questions');
  return found;
}

/* `seam search QUERY --json` over content/: [{id, score, ...}]; [] when nothing matches. */
function cliSearch(query, limit) {
  try {
    return JSON.parse(execFileSync(binary(), ['search', '--content', path.join(repository, 'content'), '--limit', String(limit), '--json', '--', query],
      { stdio: 'pipe', encoding: 'utf8' }));
  } catch (error) {
    if (error.status === 1) return [];
    throw error;
  }
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

/* Every number of a string of base-64 digits (BrowserIndex.digits in Swift: five bits of value,
   and 32 when more digits of the number follow, least significant first), read one character at
   a time into a plain array: the reference the engine's readers are held to. An ASCII character
   that is no digit reads as every bit set and NUL as 0 (a damaged string ends), as in the engine. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function plainDecode(text) {
  const numbers = [];
  let value = 0, factor = 1;
  for (const character of text) {
    const code = character.charCodeAt(0);
    const digit = code === 0 ? 0 : code < 128 && DIGITS.includes(character) ? DIGITS.indexOf(character) : 63;
    value += (digit & 31) * factor;
    if (digit & 32) { factor *= 32; } else { numbers.push(value); value = 0; factor = 1; }
  }
  return numbers;
}

/* The postings as a plain loop over every number of the string reads them: the document frequency,
   then per entry the gap to it, its code and, in a shard, the lengths of the fields its code names
   (into `lengths`, three per entry), but the body's of a long list, which `bodies` (the l0 shard's
   numbers) has. `read`: whether every number was read. */
function plainPostings(text, lengths, bodies) {
  const numbers = plainDecode(text), df = numbers[0] || 0, docs = [], codes = [];
  let at = 1, doc = 0;
  for (let i = 0; i < df; i++) {
    doc = i === 0 ? numbers[at] : doc + numbers[at];
    const code = numbers[at + 1];
    at += 2;
    docs.push(doc); codes.push(code);
    if (!lengths) continue;
    if ((code >> 5) & 3) lengths[3 * doc] = numbers[at++];
    if ((code >> 3) & 3) lengths[3 * doc + 1] = numbers[at++];
    if (code & 7) lengths[3 * doc + 2] = bodies ? bodies[doc] : numbers[at++];
  }
  return { df, docs, codes, read: at === numbers.length };
}

/* What a term scores in an entry before the idf, from the plain loop's lengths: BM25 per field the
   term is in (names, summary, body), weighted and summed in that order, as in Scoring.swift. */
function plainSum(settings, averages, code, lengths, at) {
  const field = (f, length, average, b) => f * (settings.k1 + 1) / (f + settings.k1 * (1 - b + b * length / Math.max(average, 1)));
  const f0 = (code >> 5) & 3, f1 = (code >> 3) & 3, f2 = settings.bodyFrequency[code & 7];
  let sum = 0.0;
  if (f0 > 0) sum += settings.weights[0] * field(f0, lengths[at], averages[0], settings.b[0]);
  if (f1 > 0) sum += settings.weights[1] * field(f1, lengths[at + 1], averages[1], settings.b[1]);
  if (f2 > 0) sum += settings.weights[2] * field(f2, lengths[at + 2], averages[2], settings.b[2]);
  return sum;
}

module.exports = { repository, asset, binary, site, builtIndex, builtRelated, builtDefinition, builtStrings, copy, searchShards, relevanceQueries, cliSearch, plainDecode, plainPostings, plainSum };
