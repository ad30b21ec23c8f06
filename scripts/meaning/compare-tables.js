/* Measures related-word tables before one is chosen: top-1 and top-3 of the site's search
 * (search-engine.js, with the fusion it ships) over the relevance questions, for each table given
 * as `word<TAB>related related ...` lines (scripts/meaning/wordnet-related.py, related-words.py).
 * Each table is cut down to the index as the build does (at most PER related terms a word, stemmed,
 * in the index, no stop words).
 *
 *   node scripts/meaning/compare-tables.js SITE/assets/search-index.js [PER] TABLE ...
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const root = path.resolve(__dirname, '..', '..');
const engine = require(path.join(root, 'Sources/SeamSite/Theme/assets/search-engine.js'));

const [indexFile, perText, ...tables] = process.argv.slice(2);
const per = Number(perText) || 5;
function load() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(indexFile, 'utf8'), sandbox);
  return sandbox.window.SeamSearchIndex;
}
const text = fs.readFileSync(path.join(root, 'Tests/SeamSearchTests/RelevanceCases.swift'), 'utf8');
const lists = {};
for (const [, name, body] of text.matchAll(/static let (\w+): \[\(query: String, expected: String\)\] = \[([\s\S]*?)\n {4}\]/g)) {
  lists[name] = Array.from(body.matchAll(/\("((?:[^"\\]|\\.)*)", "([^"]+)"\)/g), (m) => [JSON.parse('"' + m[1] + '"'), m[2]]);
}

function cut(file, index) {
  const terms = new Set(index.terms), stop = new Set(index.settings.stopWords), words = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, rest] = line.split('\t');
    if (!rest || stop.has(word) || engine.stem(word, index) !== word || words[word]) continue;
    const out = [];
    for (const other of rest.split(' ')) {
      const term = engine.stem(other, index);
      if (out.length < per && term !== word && !stop.has(other) && terms.has(term) && !out.includes(term)) out.push(term);
    }
    if (out.length) words[word] = out.join(' ');
  }
  return { format: 'seam-related', version: 1, words };
}

function measure(label, related) {
  const index = load();
  if (related) index.related = related;
  const figures = Object.entries(lists).map(([name, cases]) => {
    let first = 0, three = 0;
    for (const [query, expected] of cases) {
      const ids = engine.search(index, query, 3).map((hit) => hit.id);
      first += ids[0] === expected;
      three += ids.includes(expected);
    }
    return `${name} top-1 ${first}/${cases.length} top-3 ${three}/${cases.length}`;
  });
  const size = related ? ` (${Object.keys(related.words).length} words, ${JSON.stringify(related).length} bytes)` : '';
  console.log(`${label}${size}: ${figures.join(', ')}`);
}

measure('no table', null);
for (const file of tables) measure(path.basename(file), cut(file, load()));
