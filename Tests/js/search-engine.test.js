/* search-engine.js takes its settings from the header of the index the build writes: change the
 * header and the engine changes with it (the engine reads an index's header once, so each change
 * is made to a fresh copy). The Swift side (BrowserIndexHeaderTests) checks that
 * the header holds Swift's constants; BrowserParityTests that both engines rank alike. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { asset, builtIndex, copy } = require('./support.js');

const engine = asset('search-engine.js');
const index = builtIndex();

function ids(hits) { return hits.map((hit) => hit.id); }

test('the built index has a small header with every setting', () => {
  assert.equal(index.format, 'seam-search');
  assert.equal(index.version, 2);
  const header = index.settings;
  for (const key of ['maxWordLength', 'maxQueryLength', 'maxQueryWords', 'maxNameWords', 'maxPrefixTerms', 'typoLengths', 'k1', 'b',
    'weights', 'bodyFrequency', 'matchWeights', 'meaning', 'stopWords', 'synonyms', 'stemExceptions']) {
    assert.ok(header[key] !== undefined, 'settings.' + key);
  }
  assert.ok(JSON.stringify(header).length < 2500, 'the header is ' + JSON.stringify(header).length + ' bytes');
  assert.ok(index.kinds.every((kind) => kind.length === 3 && typeof kind[2] === 'string' && kind[2]), 'every kind has a label');
});

test('field weights come from the header: doubling them doubles every score', () => {
  const doubled = copy(index);
  doubled.settings.weights = index.settings.weights.map((weight) => weight * 2);
  for (const query of ['renewals', 'who owns renewals after the sale', 'NRR']) {
    const before = engine.search(index, query, 5), after = engine.search(doubled, query, 5);
    assert.ok(before.length > 0, query);
    assert.deepEqual(ids(after), ids(before), query);
    after.forEach((hit, number) => assert.ok(Math.abs(hit.score - 2 * before[number].score) < 1e-5, query + ': ' + hit.id));
  }
});

test('stop words come from the header', () => {
  assert.deepEqual(ids(engine.search(index, 'the renewals', 10)), ids(engine.search(index, 'renewals', 10)));
  const changed = copy(index);
  changed.settings.stopWords = changed.settings.stopWords.concat(['expansion']);
  assert.deepEqual(ids(engine.search(changed, 'expansion renewals', 10)), ids(engine.search(changed, 'renewals', 10)));
  assert.notDeepEqual(ids(engine.search(index, 'expansion renewals', 10)), ids(engine.search(index, 'renewals', 10)));
});

test('synonyms come from the header', () => {
  const departures = 'vp-cs-departures-41-percent';
  assert.ok(ids(engine.search(index, 'quit', 10)).includes(departures), 'quit finds departures through a synonym');
  const changed = copy(index);
  changed.settings.synonyms = [];
  assert.ok(!ids(engine.search(changed, 'quit', 10)).includes(departures));
});

test('stem exceptions come from the header', () => {
  assert.deepEqual(engine.tokenize('series renewals', index).map((t) => t.term), ['series', 'renewal']);
  const changed = copy(index);
  changed.settings.stemExceptions = ['renewals'];
  assert.deepEqual(engine.tokenize('series renewals', changed).map((t) => t.term), ['sery', 'renewals']);
  assert.equal(engine.stem('renewals', changed), 'renewals');
});

test('limits come from the header', () => {
  const changed = copy(index);
  changed.settings.maxQueryLength = 5;
  assert.ok(engine.search(index, 'renewals', 5).length > 0);
  assert.deepEqual(engine.search(changed, 'renewals', 5), []);
  const short = copy(index);
  short.settings.maxWordLength = 3;
  assert.deepEqual(engine.tokenize('renewal', short).map((t) => t.word), ['ren']);
});

test('typo lengths come from the header', () => {
  assert.ok(engine.search(index, 'renewl', 5).length > 0, 'a six-letter word may have one typo');
  const strict = copy(index);
  strict.settings.typoLengths = [7, 12];
  assert.deepEqual(engine.search(strict, 'renewl', 5), []);
});

test('kind labels come from the index', () => {
  const hit = engine.search(index, 'NRR', 1)[0];
  assert.equal(hit.kind, 'term');
  assert.equal(hit.kindLabel, 'Glossary term');
  assert.equal(engine.kindLabel(index, 'faq'), 'Question');
  assert.equal(engine.kindLabel(index, 'planet'), 'planet');
  const changed = copy(index);
  changed.kinds.find((kind) => kind[0] === 'term')[2] = 'Word';
  assert.equal(engine.search(changed, 'NRR', 1)[0].kindLabel, 'Word');
});

test('an index without the header is refused with a reason', () => {
  const old = copy(index);
  old.version = 1;
  delete old.settings;
  assert.throws(() => engine.search(old, 'renewals', 5), /version 1.*reads version 2.*rebuild/);
});

test('the galloping search through a list finds what a plain scan finds', () => {
  const plain = (docs, length, from, doc) => { let at = from; while (at < length && docs[at] < doc) at++; return at; };
  let seed = 7;
  const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let round = 0; round < 300; round++) {
    const length = random(40), docs = new Int32Array(length);
    for (let i = 0, doc = random(3); i < length; i++, doc += 1 + random(5)) docs[i] = doc;
    const last = length ? docs[length - 1] : 0;
    for (let from = 0; from <= length; from++) {
      for (let doc = -1; doc <= last + 2; doc++) {
        assert.equal(engine.firstNotBefore(docs, length, from, doc), plain(docs, length, from, doc), `${Array.from(docs)} from ${from} doc ${doc}`);
      }
    }
  }
});
