/* url-state.js: what the site keeps in an address, read and written back. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { asset } = require('./support.js');

const urlState = asset('url-state.js');

const questions = [
  { id: 'stage', options: [{ id: 'pre-series-b' }, { id: 'series-b-to-c' }] },
  { id: 'motion', options: [{ id: 'transactional' }, { id: 'consultative' }] },
  { id: 'concentration', options: [{ id: 'high' }, { id: 'low' }] }
];

test('a query string reads as pairs, in order, decoded', () => {
  assert.deepEqual(urlState.parseQuery('?q=net+revenue%20retention&kind=term'), [['q', 'net revenue retention'], ['kind', 'term']]);
  assert.deepEqual(urlState.parseQuery('q=a&&flag&empty='), [['q', 'a'], ['flag', ''], ['empty', '']]);
  assert.deepEqual(urlState.parseQuery(''), []);
  assert.deepEqual(urlState.parseQuery('?'), []);
  assert.deepEqual(urlState.parseQuery('?q=100%'), [['q', '100%']], 'a malformed escape stays as it is');
});

test('pairs written as a query read back the same', () => {
  const cases = [
    [['q', 'who owns renewals?']],
    [['q', 'a&b=c'], ['kind', 'faq']],
    [['q', '“NRR” + café 27%']],
    [['q', '']],
    [['odd name', 'x/y#z']]
  ];
  for (const pairs of cases) {
    const query = urlState.buildQuery(pairs);
    assert.ok(!/[ #?]/.test(query), query);
    assert.equal(query.split('&').length, pairs.length, query);
    assert.deepEqual(urlState.parseQuery('?' + query), pairs);
  }
});

test('the first pair of a name gives its value', () => {
  const pairs = urlState.parseQuery('?q=one&q=two');
  assert.equal(urlState.queryValue(pairs, 'q'), 'one');
  assert.equal(urlState.queryValue(pairs, 'kind'), null);
});

test('an address loses its query and fragment; withQuery puts pairs back', () => {
  assert.equal(urlState.pageAddress('file:///tmp/site/assessments/cro-reality.html?nrr-comp=yes#result'), 'file:///tmp/site/assessments/cro-reality.html');
  assert.equal(urlState.pageAddress('https://example.org/kb/search.html#top'), 'https://example.org/kb/search.html');
  assert.equal(urlState.withQuery('a.html', [['x', '1'], ['y', 'two words']]), 'a.html?x=1&y=two%20words');
  assert.equal(urlState.withQuery('a.html', []), 'a.html');
});

test('a page of the site gets the root in front; absolute addresses stay', () => {
  assert.equal(urlState.pageURL('../', 'terms/nrr.html#definition'), '../terms/nrr.html#definition');
  assert.equal(urlState.pageURL('', 'faq.html'), 'faq.html');
  assert.equal(urlState.pageURL('../', 'https://example.org/x'), 'https://example.org/x');
  assert.equal(urlState.pageURL('../', '/abs.html'), '/abs.html');
});

test('the search page state: query and a kind the site has', () => {
  const kinds = ['term', 'faq'];
  assert.deepEqual(urlState.searchState(urlState.parseQuery('?q=nrr&kind=term'), kinds), { query: 'nrr', kind: 'term' });
  assert.deepEqual(urlState.searchState(urlState.parseQuery('?q=nrr&kind=planet'), kinds), { query: 'nrr', kind: '' });
  assert.deepEqual(urlState.searchState(urlState.parseQuery('?kind=faq'), kinds), { query: '', kind: 'faq' });
  assert.deepEqual(urlState.searchState([], []), { query: '', kind: '' });
  const address = urlState.searchAddress('renewal owner', 'faq');
  assert.equal(address, 'search.html?q=renewal%20owner&kind=faq');
  assert.deepEqual(urlState.searchState(urlState.parseQuery(address.split('?')[1]), kinds), { query: 'renewal owner', kind: 'faq' });
  assert.equal(urlState.searchAddress('x', ''), 'search.html?q=x');
});

test('answers read from an address: known questions kept, unknown options reported', () => {
  const read = urlState.answersFromQuery(questions, urlState.parseQuery('?stage=series-b-to-c&bogus=1&motion=sideways&concentration=high&concentration=low'));
  assert.deepEqual(read.answers, { stage: 'series-b-to-c', concentration: 'low' });
  assert.deepEqual(read.unknown, ['motion=sideways']);
});

test('answers written to an address and read back are the same, in question order', () => {
  const answers = { concentration: 'high', stage: 'pre-series-b', motion: 'consultative' };
  const pairs = urlState.answerPairs(questions, answers);
  assert.deepEqual(pairs, [['stage', 'pre-series-b'], ['motion', 'consultative'], ['concentration', 'high']]);
  const address = urlState.withQuery('page.html', pairs);
  const read = urlState.answersFromQuery(questions, urlState.parseQuery(address.slice(address.indexOf('?'))));
  assert.deepEqual(read, { answers, unknown: [] });
  assert.deepEqual(urlState.answerPairs(questions, {}), []);
});
