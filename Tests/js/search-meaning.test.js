/* search-meaning.js: related words and the fusion of rankings; and the site's search, with the
 * related-word table the build writes, ranks the relevance questions (Tests/SeamSearchTests/
 * RelevanceCases.swift) exactly as `seam search --json` does. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { repository, asset, binary, builtIndex, builtRelated } = require('./support.js');

const meaning = asset('search-meaning.js');
const engine = asset('search-engine.js');

test('relatedTerms reads a table of its version only', () => {
  const table = { format: 'seam-related', version: meaning.version, words: { executive: 'ceo administration' } };
  assert.deepEqual(meaning.relatedTerms(table, 'executive'), ['ceo', 'administration']);
  assert.deepEqual(meaning.relatedTerms(table, 'constructor'), []);
  assert.deepEqual(meaning.relatedTerms(table, 'toString'), []);
  assert.deepEqual(meaning.relatedTerms({ version: meaning.version + 1, words: table.words }, 'executive'), []);
  assert.deepEqual(meaning.relatedTerms(null, 'executive'), []);
});

test('fuse adds 1 / (k + rank) over the rankings; ties go to the first ranking, then the lower number', () => {
  const fused = meaning.fuse([[1, 2, 3], [3, 2, 4]], 10);
  /* 3: 1/13 + 1/11 = 0.1678; 2: 1/12 + 1/12 = 0.1667; 1: 1/11; 4: 1/13 */
  assert.deepEqual(fused.map((entry) => entry.doc), [3, 2, 1, 4]);
  assert.equal(fused[1].fused, 1 / 12 + 1 / 12);
  assert.deepEqual(fused[0].rank, [3, 1]);
  assert.deepEqual(fused[3].rank, [0, 3]);
  assert.deepEqual(meaning.fuse([[5, 6], [6, 5]], 10).map((entry) => entry.doc), [5, 6]);
  assert.deepEqual(meaning.fuse([[], [7, 8]], 10).map((entry) => entry.doc), [7, 8]);
});

/* The questions of RelevanceCases.swift, every list. */
function relevanceQuestions() {
  const text = fs.readFileSync(path.join(repository, 'Tests', 'SeamSearchTests', 'RelevanceCases.swift'), 'utf8');
  const questions = [];
  for (const found of text.matchAll(/\("((?:[^"\\]|\\.)*)", "([^"]+)"\)/g)) questions.push(JSON.parse('"' + found[1] + '"'));
  return questions;
}

test('the site ranks the relevance questions as seam search --json does', () => {
  const index = builtIndex();
  index.related = builtRelated();
  const questions = relevanceQuestions();
  assert.ok(questions.length >= 85, questions.length + ' questions');
  let compared = 0;
  /* One documented difference: the CLI checks that a quoted phrase's words stand together in the
     entry's file, which the browser index does not hold. */
  for (const question of questions.filter((q) => !q.includes('"'))) {
    /* exit 1 when nothing matches, with nothing printed */
    const output = spawnSync(binary(), ['search', '--content', path.join(repository, 'content'), '--json', '--limit', '5', '--', question],
      { encoding: 'utf8' }).stdout.trim();
    const cli = output ? JSON.parse(output).map((hit) => hit.id + ' ' + hit.score.toFixed(6)) : [];
    const site = engine.search(index, question, 5).map((hit) => hit.id + ' ' + hit.score.toFixed(6));
    assert.deepEqual(site, cli, question);
    compared += cli.length > 0;
  }
  assert.ok(compared > questions.length / 2, 'most questions find something');
});

test('without the related-word table the site still searches, by the words alone', () => {
  const index = builtIndex();
  assert.equal(index.related, undefined);
  assert.equal(engine.search(index, 'span of control', 3)[0].id, 'span-of-control');
});

test('past the fusion depth (50), the site and seam search --json still give the same list', () => {
  const index = builtIndex();
  index.related = builtRelated();
  for (const question of ['sales', 'customer success and renewals', 'who owns revenue after the sale']) {
    const output = spawnSync(binary(), ['search', '--content', path.join(repository, 'content'), '--json', '--limit', '80', '--', question],
      { encoding: 'utf8' }).stdout.trim();
    const cli = JSON.parse(output).map((hit) => hit.id + ' ' + hit.score.toFixed(6));
    assert.ok(cli.length > 50, question + ': ' + cli.length + ' hits');
    assert.deepEqual(engine.search(index, question, 80).map((hit) => hit.id + ' ' + hit.score.toFixed(6)), cli, question);
  }
});
