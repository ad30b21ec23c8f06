/* The sharded browser index (seam build --search-index shards) gives what the single file gives,
 * and what `seam search --json` gives, for the relevance questions and odd queries, loading only
 * the shards a query needs (as seam.js does, through missingShards and addShard). */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { asset, site, builtIndex, builtRelated, searchShards, relevanceQueries, cliSearch } = require('./support.js');

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
