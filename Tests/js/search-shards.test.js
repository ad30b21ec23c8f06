/* The sharded browser index (seam build --search-index shards) gives what the single file gives,
 * and what `seam search --json` gives, for the relevance questions and odd queries, loading only
 * the shards a query needs (as seam.js does, through missingShards and addShard). */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { asset, site, builtIndex, builtRelated, searchShards, relevanceQueries, cliSearch, plainDecode, plainPostings, plainSum } = require('./support.js');

const engine = asset('search-engine.js');
// Each with its related words attached, as seam.js attaches them (search-related.js).
const single = Object.assign(builtIndex('single'), { related: builtRelated('single') });
const sharded = Object.assign(builtIndex('shards'), { related: builtRelated('shards') });
const folder = site('shards');

const extraQueries = ['renewals', 'churn rate', 'cro', 'Vice President', 'seam', 'café', 'SaaS companies', 'sales ops', 'board',
  'the', 'health scor', 'quota comp', 'ARR', 'ＮＲＲ', "don't", 'renewl', 'retension', 'expan', 'qu', '"net revenue"', 'zzzz', ''];

test('the shipped knowledge base gets one file by default, and shards when asked', () => {
  assert.ok(builtIndex().docs, 'automatic: one file');
  assert.ok(!sharded.docs && sharded.shards, 'shards: a manifest');
  assert.equal(sharded.shards.count, single.docs.length);
});

test('shards give the same results as the single file', () => {
  for (const query of relevanceQueries().concat(extraQueries)) {
    for (const [limit, kind] of [[8, undefined], [50, undefined], [50, 'term'], [10, 'faq']]) {
      const { hits } = searchShards(engine, sharded, folder, query, limit, kind);
      assert.deepEqual(hits, engine.search(single, query, limit, kind), JSON.stringify(query) + ' limit ' + limit + ' kind ' + kind);
    }
  }
});

test('seam search --json agrees with the sharded index', () => {
  // A quoted phrase is checked against the entry's file by the CLI only (see search-meaning.test.js).
  for (const query of relevanceQueries().concat(extraQueries).filter((q) => q && !q.includes('"'))) {
    const { hits } = searchShards(engine, sharded, folder, query, 5);
    const cli = cliSearch(query, 5);
    assert.deepEqual(hits.map((hit) => hit.id + ' ' + hit.score.toFixed(6)), cli.map((hit) => hit.id + ' ' + hit.score.toFixed(6)),
      JSON.stringify(query));
  }
});

test('a query loads only the shards it needs', () => {
  const fresh = Object.assign(builtIndex('shards'), { related: builtRelated('shards') });
  const { loaded } = searchShards(engine, fresh, folder, 'NRR', 8);
  const content = loaded.filter((id) => id[0] === 'c');
  assert.ok(loaded.some((id) => id[0] === 'd') && loaded.some((id) => id[0] === 'p'), loaded.join(' '));
  assert.ok(!loaded.some((id) => id[0] === 'k' || id[0] === 'y'), 'no kinds and no typo shards: ' + loaded.join(' '));
  assert.ok(content.length <= 8, loaded.join(' '));
  const typo = searchShards(engine, fresh, folder, 'retension', 8).loaded;
  assert.ok(typo.some((id) => id[0] === 'y'), 'a typo loads the terms of nearby lengths: ' + typo.join(' '));
});

/* What the file of shard `id` hands to seamShard. */
function shardData(index, id) {
  let data = null;
  vm.runInNewContext(fs.readFileSync(path.join(folder, engine.shardPath(index, id)), 'utf8'), { seamShard: (_, given) => { data = given; } });
  return data;
}

test('postings are read as a plain loop over their numbers reads them, in the single file and in shards', () => {
  for (const text of single.postings) {
    const fast = engine.decodePostings(text), plain = plainPostings(text, null);
    assert.ok(plain.read, 'every number read');
    assert.deepEqual([fast.df, Array.from(fast.docs), Array.from(fast.codes)], [plain.df, plain.docs, plain.codes], text);
  }
  const fresh = builtIndex('shards'), count = fresh.shards.count, settings = fresh.settings;
  const scoring = { averages: fresh.averages, k1: settings.k1, b: settings.b, weights: settings.weights, body: settings.bodyFrequency };
  for (let number = 0; number < fresh.shards.postings.length; number++) {
    for (const text of shardData(fresh, 'p' + number).postings) {
      const lengths = new Int32Array(3 * count);
      const fast = engine.decodePostings(text, scoring), plain = plainPostings(text, lengths);
      assert.ok(plain.read, 'every number read');
      assert.deepEqual([fast.df, Array.from(fast.docs), Array.from(fast.codes)], [plain.df, plain.docs, plain.codes], text);
      assert.deepEqual(Array.from(fast.sums), plain.docs.map((doc, i) => plainSum(settings, fresh.averages, plain.codes[i], lengths, 3 * doc)), text);
    }
  }
});

test('a table is read into a typed array as the plain reader reads it, as many numbers as the array holds', () => {
  const texts = single.postings.slice(0, 50).concat(['', 'A', '_', 'ZZZZ', '\u0000\u0000', 'B' + '-'.repeat(40)]);
  for (const text of texts) {
    const numbers = plainDecode(text);
    assert.deepEqual(Array.from(engine.decodeInto(text, new Int32Array(numbers.length))), numbers, JSON.stringify(text));
    const fewer = Math.floor(numbers.length / 2), more = numbers.length + 3;
    assert.deepEqual(Array.from(engine.decodeInto(text, new Int32Array(fewer))), numbers.slice(0, fewer), JSON.stringify(text));
    assert.deepEqual(Array.from(engine.decodeInto(text, new Int32Array(more))), numbers.concat([0, 0, 0]), JSON.stringify(text));
  }
});

test('a damaged postings string is read to its end and no further', () => {
  for (const text of ['', 'A', '_', '__________', 'ZZZZ', '\u0000\u0000', 'B' + '-'.repeat(40), single.postings[0].slice(0, 3)]) {
    const scoring = { averages: [1, 1, 1], k1: 1.2, b: [0.75, 0.5, 0.75], weights: [8, 3, 1], body: [0, 1, 2, 3, 4, 6, 9, 14] };
    const read = engine.decodePostings(text), scored = engine.decodePostings(text, scoring);
    assert.ok(read.df <= text.length && scored.df <= text.length, JSON.stringify(text));
  }
});

test('the text a postings shard carries for its best entries spares the round for content shards', () => {
  // The build gives a shard of one term (a long list) the text of its best entries; here the
  // shards of a query's word get the text of the query's results, as the build would for a word
  // with entries enough.
  const query = 'renewal', expected = engine.search(single, query, 8);
  const numbers = new Map(single.docs.map((doc, number) => [doc[0], number]));
  const top = expected.map((hit) => [numbers.get(hit.id)].concat(single.docs[numbers.get(hit.id)].slice(0, 4)));
  const fresh = Object.assign(builtIndex('shards'), { related: builtRelated('shards') }), loaded = [];
  for (;;) {
    const hits = engine.search(fresh, query, 8), missing = engine.missingShards(fresh);
    if (!missing.length) { assert.deepEqual(hits, expected); break; }
    for (const id of missing) {
      const data = shardData(fresh, id);
      if (id[0] === 'p') data.top = top;
      engine.addShard(fresh, id, data);
      loaded.push(id);
    }
  }
  assert.ok(loaded.some((id) => id[0] === 'p') && !loaded.some((id) => id[0] === 'c'), loaded.join(' '));
});

test('the shards a search lacks are asked for postings first', () => {
  // A browser opens few connections to one host at once: the big postings shards must not wait
  // behind the dictionary and names shards asked for in the same round.
  const fresh = Object.assign(builtIndex('shards'), { related: builtRelated('shards') });
  engine.search(fresh, 'net revenue retention renewal', 8);
  const missing = engine.missingShards(fresh);
  const firstOther = missing.findIndex((id) => id[0] !== 'p');
  assert.ok(missing.some((id) => id[0] === 'p') && firstOther > 0, missing.join(' '));
  assert.ok(missing.slice(firstOther).every((id) => id[0] !== 'p'), missing.join(' '));
});
