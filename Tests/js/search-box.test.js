/* search-box.js: a query gives the view model of the list under the box and of the search page;
 * keys move the choice through it. Run with the real engine over the built index. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { asset, builtIndex, copy } = require('./support.js');

const engine = asset('search-engine.js');
const searchBox = asset('search-box.js');
const index = builtIndex();

test('a query gives at most eight options, then the link to the search page', () => {
  const view = searchBox.dropdown(engine, index, 'renewals', '../', '../search.html');
  assert.equal(view.options.length, searchBox.DROPDOWN_LIMIT);
  assert.equal(view.status, '8 entries shown; use the arrow keys to choose.');
  assert.deepEqual(view.all, { href: '../search.html?q=renewals', label: 'All results for \u201crenewals\u201d' });
  const first = view.options[0];
  assert.deepEqual(Object.keys(first).sort(), ['highlights', 'href', 'id', 'kind', 'kindLabel', 'snippet', 'title']);
  assert.ok(first.href.startsWith('../') && first.href.endsWith('/' + first.id + '.html'), first.href);
  assert.deepEqual(view.options.map((o) => o.id), engine.search(index, 'renewals', 8).map((h) => h.id));
});

test('the options carry the matched words and the kind label of the index', () => {
  const view = searchBox.dropdown(engine, index, 'NRR', '', null);
  const nrr = view.options.find((option) => option.id === 'nrr');
  assert.ok(nrr, view.options.map((o) => o.id).join(' '));
  assert.equal(nrr.kindLabel, 'Glossary term');
  assert.ok(nrr.highlights.length > 0);
  for (const [start, end] of nrr.highlights) assert.match(nrr.snippet.slice(start, end), /^(nrr|net|revenue|retention)$/i);
  assert.equal(view.all.href, 'search.html?q=NRR', 'without a form action the site root\u2019s search page');
});

test('counts, nothing found, and an index that did not load', () => {
  assert.equal(searchBox.dropdown(engine, index, 'zzqqxx', '', null).status, 'No entry matches \u201czzqqxx\u201d.');
  assert.equal(searchBox.dropdown(engine, index, '  zzqqxx ', '', null).all.label, 'All results for \u201czzqqxx\u201d');
  const one = searchBox.dropdown(engine, index, '"span of control"', '', null);
  assert.ok(one.options.length >= 1);
  assert.equal(searchBox.dropdown(engine, null, 'renewals', '', null).options.length, 0);
  assert.equal(searchBox.dropdown(engine, index, '   ', '', null).options.length, 0);
  const broken = copy(index);
  broken.version = 99;
  assert.equal(searchBox.dropdown(engine, broken, 'renewals', '', null).options.length, 0, 'an engine error shows no results');
});

/* The keys pressed in order, from a closed list of `count` options: the choice after each. */
function walk(keys, count) {
  let state = { open: false, active: -1, count };
  return keys.map((key) => {
    const action = searchBox.keyAction(key, state);
    if (action.type === 'open') state = { open: true, active: count ? action.active : -1, count };
    else if (action.type === 'move') state = { ...state, active: action.active };
    else if (action.type === 'close') state = { ...state, open: false, active: -1 };
    return action.type === 'follow' ? 'follow ' + action.active : (state.open ? state.active : 'closed');
  });
}

test('Down opens the list on the first option, then moves down and wraps', () => {
  assert.deepEqual(walk(['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'], 3), [0, 1, 2, 0]);
  assert.deepEqual(walk(['Down', 'Down'], 2), [0, 1], 'the old key names too');
});

test('Up goes from the first option back to the box, from the box to the last', () => {
  assert.deepEqual(walk(['ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowUp'], 3), [0, -1, 2, 1]);
  assert.deepEqual(walk(['ArrowUp'], 3), ['closed'], 'Up on a closed list does nothing');
});

test('Enter follows the chosen option only; Escape closes; Home and End give the caret back', () => {
  assert.deepEqual(walk(['ArrowDown', 'ArrowDown', 'Enter'], 3), [0, 1, 'follow 1']);
  assert.deepEqual(walk(['ArrowDown', 'Escape', 'Enter'], 3), [0, 'closed', 'closed']);
  assert.deepEqual(walk(['ArrowDown', 'End', 'ArrowDown'], 3), [0, -1, 0]);
  const enter = searchBox.keyAction('Enter', { open: true, active: -1, count: 3 });
  assert.deepEqual(enter, { type: 'none', active: -1, preventDefault: false }, 'the form submits on its own');
  assert.equal(searchBox.keyAction('Home', { open: true, active: 1, count: 3 }).preventDefault, false, 'Home still moves the caret');
  assert.equal(searchBox.keyAction('a', { open: true, active: 1, count: 3 }).type, 'none');
});

test('the search page: kind filters, the status line and the hits', () => {
  const kinds = ['term', 'faq', 'structure'];
  const view = searchBox.page(engine, index, { query: 'renewals', kind: 'structure' }, kinds, '');
  assert.deepEqual(view.filter.map((f) => [f.label, f.current, f.href]), [
    ['All kinds', false, 'search.html?q=renewals'],
    ['Glossary term', false, 'search.html?q=renewals&kind=term'],
    ['Question', false, 'search.html?q=renewals&kind=faq'],
    ['Structure', true, 'search.html?q=renewals&kind=structure']
  ]);
  assert.ok(view.hits.length > 0 && view.hits.every((hit) => hit.kind === 'structure'));
  assert.match(view.status, /^\d+ results? for \u201crenewals\u201d \(Structure only\)\.$/);
  assert.equal(view.hits[0].href, view.hits[0].kind + 's/' + view.hits[0].id + '.html');
});

test('the search page without a query, with nothing found, and without the index', () => {
  assert.match(searchBox.page(engine, index, { query: '', kind: '' }, [], '').status, /^Type a word/);
  const none = searchBox.page(engine, index, { query: 'zzqqxx', kind: 'faq' }, ['faq'], '');
  assert.equal(none.status, 'Nothing matches \u201czzqqxx\u201d (Question only). Try another word, or browse the glossary.');
  const unloaded = searchBox.page(engine, null, { query: 'renewals', kind: '' }, ['term'], '');
  assert.equal(unloaded.status, 'The search index could not be loaded.');
  assert.deepEqual(unloaded.filter.map((f) => f.label), ['All kinds', 'term'], 'without the index the kinds show as ids');
  const many = searchBox.page(engine, index, { query: 'the sale', kind: '' }, [], '');
  assert.equal(many.hits.length, searchBox.PAGE_LIMIT);
  assert.match(many.status, /^50\+ results for/);
});
