/* A knowledge base of common words (bench/gen-corpus: about a hundred words, each in most entries),
 * big enough that the build gives those words postings shards of their own: the sharded index
 * gives what the single file gives, and a common word needs no dictionary shard, only its postings
 * (the manifest names it with its number). The shipped knowledge base is too small for shards of
 * one term, so search-shards.test.js does not meet them. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');
const { repository, asset, binary, searchShards, plainDecode, plainPostings, plainSum } = require('./support.js');

const engine = asset('search-engine.js');
const ENTRIES = 7500;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seam-common-words-'));
process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
execFileSync('python3', [path.join(repository, 'bench', 'gen-corpus'), folder, String(ENTRIES)], { stdio: 'pipe' });
const content = path.join(folder, 'content');

function built(layout) {
  const output = path.join(folder, layout);
  execFileSync(binary(), ['build', '--content', content, '--output', output, '--search-index', layout], { stdio: 'pipe' });
  const sandbox = { window: {} };
  for (const file of ['search-index.js', 'search-related.js']) {
    vm.runInNewContext(fs.readFileSync(path.join(output, 'assets', file), 'utf8'), sandbox);
  }
  return { folder: output, index: () => Object.assign(JSON.parse(JSON.stringify(sandbox.window.SeamSearchIndex)), { related: sandbox.window.SeamSearchRelated }) };
}

const single = built('single'), shards = built('shards');

/* The title and first alias of the first term entry, as a reader would type them. */
function firstTerm() {
  const text = fs.readFileSync(path.join(content, 'terms', fs.readdirSync(path.join(content, 'terms')).sort()[0]), 'utf8');
  const title = text.match(/^title:\s*"?([^"\n]*)"?$/m)[1];
  const alias = text.match(/^aliases:.*?"([^"]+)"/m)[1];
  return [title.toLowerCase(), alias];
}

const queries = ['churn', 'customer success', 'renewal forecast pipeline', 'onboarding', 'renewl', 'expan',
  '"customer success"', 'quota 42', 'renewal onboarding manager', 'board seam', 'net revenue retention',
  'the renewal', 'zzzz', 're'].concat(firstTerm());

test('the build gives the common words postings shards of their own', () => {
  const table = shards.index().shards.postings;
  assert.ok(table.filter((entry) => entry[2] >= 1).length >= 20, JSON.stringify(table.slice(0, 5)));
});

test('shards of one term give the same results as the single file', () => {
  const whole = single.index();
  for (const query of queries) {
    for (const [limit, kind] of [[8, undefined], [50, undefined], [20, 'term']]) {
      const { hits } = searchShards(engine, shards.index(), shards.folder, query, limit, kind);
      assert.deepEqual(hits, engine.search(whole, query, limit, kind), JSON.stringify(query) + ' limit ' + limit + ' kind ' + kind);
    }
  }
});

test('a common word is found by its postings alone, with no dictionary or names shard', () => {
  const index = shards.index();
  const common = index.shards.postings.filter((entry) => entry[2] >= 1).map((entry) => entry[0]);
  const [first, second] = ['renewal', 'forecast'].filter((word) => common.includes(word));
  assert.ok(first && second, 'renewal and forecast have shards of their own: ' + common.join(' '));
  // Every word but the last (whose dictionary shard gives the terms it may be the start of).
  const { hits, loaded } = searchShards(engine, index, shards.folder, first + ' ' + second + ' ', 8);
  assert.ok(hits.length > 0);
  assert.deepEqual(loaded.filter((id) => id[0] === 'd'), [], loaded.join(' '));
  // The names that start with a common word come in its postings shard (the manifest marks it 2).
  assert.deepEqual(loaded.filter((id) => id[0] === 'n'), [], loaded.join(' '));
  assert.ok(index.shards.postings.filter((entry) => entry[2] === 2).length >= 20);
});

test('the lengths shard comes first in the round of a long list, and lists that come before it give the same results', () => {
  const { hits, loaded } = searchShards(engine, shards.index(), shards.folder, 'renewal forecast', 8);
  assert.equal(loaded[0], 'l0', loaded.join(' '));
  // The order of arrival is the network's: here every list comes before the lengths, and is read
  // once they come.
  const index = shards.index();
  for (;;) {
    engine.search(index, 'renewal forecast', 8);
    const missing = engine.missingShards(index).reverse();
    if (!missing.length) break;
    for (const id of missing) {
      vm.runInNewContext(fs.readFileSync(path.join(shards.folder, engine.shardPath(index, id)), 'utf8'), { seamShard: (shard, data) => engine.addShard(index, shard, data) });
    }
  }
  assert.deepEqual(engine.search(index, 'renewal forecast', 8), hits);
});

test('a long list leaves the body lengths to the lengths shard, read as a plain loop reads them', () => {
  const index = shards.index(), settings = index.settings, count = index.shards.count;
  const scoring = { averages: index.averages, k1: settings.k1, b: settings.b, weights: settings.weights, body: settings.bodyFrequency };
  const shard = (id) => {
    let data = null;
    vm.runInNewContext(fs.readFileSync(path.join(shards.folder, engine.shardPath(index, id)), 'utf8'), { seamShard: (_, given) => { data = given; } });
    return data;
  };
  const bodies = plainDecode(shard('l0').lengths);
  assert.equal(bodies.length, count);
  let long = 0;
  index.shards.postings.forEach((entry, number) => {
    if (entry[2] === 0) return;
    long++;
    const text = shard('p' + number).postings[0], lengths = new Int32Array(3 * count);
    const fast = engine.decodePostings(text, scoring, Int32Array.from(bodies)), plain = plainPostings(text, lengths, bodies);
    assert.ok(plain.read, entry[0] + ': every number read');
    assert.deepEqual([fast.df, Array.from(fast.docs), Array.from(fast.codes)], [plain.df, plain.docs, plain.codes], entry[0]);
    assert.deepEqual(Array.from(fast.sums), plain.docs.map((doc, i) => plainSum(settings, index.averages, plain.codes[i], lengths, 3 * doc)), entry[0]);
  });
  assert.ok(long >= 20);
});
