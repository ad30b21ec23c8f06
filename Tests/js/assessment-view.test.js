/* assessment-view.js: answers give the view model of an assessment page's result, of what is
 * still missing, and of a link's answers restored. Run with the real assess-engine.js over the
 * definitions the build embeds in the assessment pages. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { asset, builtDefinition } = require('./support.js');

const assess = asset('assess-engine.js');
const view = asset('assessment-view.js');
const urlState = asset('url-state.js');
const reality = builtDefinition('cro-reality');
const decision = builtDefinition('cro-decision');
const firstDays = builtDefinition('first-90-days');

const realCRO = { 'nrr-comp': 'yes', 'comp-authority': 'yes', 'seam-authority': 'yes' };
const salesCandidate = { stage: 'series-b-to-c', motion: 'consultative', concentration: 'high', candidate: 'sales-only', expansion: 'above-30' };

test('no answers: nothing shown, unless the reader asked; then every question is missing', () => {
  assert.deepEqual(view.evaluation(assess, reality, {}, false, []), { state: 'hidden' });
  assert.deepEqual(view.evaluation(assess, reality, {}, true, []), { state: 'incomplete', announcement: '3 questions remain.' });
  assert.deepEqual(view.evaluation(assess, reality, { 'nrr-comp': 'no', 'comp-authority': 'no' }, true, []).announcement, 'One question remains.');
  assert.deepEqual(view.evaluation(assess, reality, {}, false, ['nrr-comp=perhaps']), { state: 'unknown' });
  const missing = view.incomplete(reality, { 'comp-authority': 'no' });
  assert.equal(missing.prompt, 'Answer 2 more questions to see the result:');
  assert.deepEqual(missing.missing.map((q) => q.id), ['nrr-comp', 'seam-authority']);
  assert.ok(missing.missing.every((q) => q.label), 'each missing question has a label to link');
  assert.equal(view.incomplete(reality, { 'comp-authority': 'no', 'nrr-comp': 'no' }).prompt, 'Answer one more question to see the result:');
});

test('every answer given: the result, announced', () => {
  const shown = view.evaluation(assess, reality, realCRO, false, []);
  assert.equal(shown.state, 'result');
  assert.equal(shown.result.outcome.id, 'functional');
  assert.equal(shown.announcement, 'Result: ' + shown.result.outcome.title + '. ' + shown.result.outcome.summary);
});

test('a result that the rules cannot give is an error with the reason', () => {
  const broken = JSON.parse(JSON.stringify(reality));
  broken.outcomes = broken.outcomes.map((outcome) => { const copy = { ...outcome }; delete copy.otherwise; copy.when = { answer: 'nrr-comp', in: ['never'] }; return copy; });
  const shown = view.evaluation(assess, broken, realCRO, true, []);
  assert.equal(shown.state, 'error');
  assert.match(shown.message, /^These answers give no result: .*no outcome/);
});

test('the result view: outcome, answers in question order, links from the page, no terminal command', () => {
  const result = assess.evaluate(reality, realCRO);
  const shown = view.result(reality, result, realCRO, '../');
  assert.equal(shown.outcome.id, 'functional');
  assert.ok(shown.outcome.explanation.href.startsWith('../'), shown.outcome.explanation.href);
  assert.deepEqual(shown.answers.map((a) => [a.number, a.question, a.option]), [[1, 'nrr-comp', 'yes'], [2, 'comp-authority', 'yes'], [3, 'seam-authority', 'yes']]);
  assert.equal(shown.answers[0].counts, 'Counts as a sign of a real CRO.');
  assert.ok(shown.answers.every((a) => a.groupTitle === null && a.why && a.explanation.href.startsWith('../')));
  assert.equal(shown.tally, '3 a sign of a real CRO');
  assert.ok(!/seam (show|assess)/.test(JSON.stringify(shown)), 'a terminal command reaches the page');
});

test('facts carry their sources as the build cited them; structures and terms link from the page', () => {
  const result = assess.evaluate(decision, salesCandidate);
  const shown = view.result(decision, result, salesCandidate, '../');
  assert.equal(shown.outcome.id, 'at-risk');
  const fact = shown.facts.find((f) => f.id === 'vp-cs-departures-41-percent');
  assert.ok(fact, shown.facts.map((f) => f.id).join(' '));
  assert.equal(fact.sources, decision.references['vp-cs-departures-41-percent'].sources.map((s) => s.citation).join('; '));
  assert.match(fact.sources, /^Totango, Exit survey \(2024\); cited in /);
  assert.equal(fact.href, '../facts/vp-cs-departures-41-percent.html');
  assert.ok(shown.recommendations.some((item) => item.kind === 'structure' && item.href.startsWith('../structures/')));
  assert.ok(shown.terms.length > 0 && shown.terms.every((term) => term.href.startsWith('../terms/') && term.definition));
  assert.match(shown.tally, /^\d+ favorable/i);
});

test('grouped questions: a group title where each group starts, a tally per group', () => {
  const answers = {};
  firstDays.questions.forEach((question) => { answers[question.id] = 'yes'; });
  const shown = view.result(firstDays, assess.evaluate(firstDays, answers), answers, '../');
  const titles = shown.answers.filter((a) => a.groupTitle).map((a) => a.groupTitle);
  assert.deepEqual(titles, firstDays.groups.map((group) => group.title));
  assert.equal(shown.tally.split('; ').length, firstDays.groups.length);
});

test('a shared link restores its answers and the same result', () => {
  const pairs = urlState.answerPairs(decision.questions, salesCandidate);
  const link = urlState.withQuery('file:///site/assessments/cro-decision.html', pairs);
  const restored = urlState.answersFromQuery(decision.questions, urlState.parseQuery(link.slice(link.indexOf('?'))));
  assert.deepEqual(restored, { answers: salesCandidate, unknown: [] });
  const again = view.evaluation(assess, decision, restored.answers, true, restored.unknown);
  assert.equal(again.state, 'result');
  assert.equal(again.result.outcome.id, 'at-risk');

  const partial = urlState.answersFromQuery(decision.questions, urlState.parseQuery('?stage=series-b-to-c&candidate=astronaut&planet=mars'));
  assert.deepEqual(partial, { answers: { stage: 'series-b-to-c' }, unknown: ['candidate=astronaut'] });
  assert.equal(view.evaluation(assess, decision, partial.answers, true, partial.unknown).announcement, '4 questions remain.');
  assert.equal(view.unknownNote(partial.unknown), 'The link holds an answer this assessment does not know, left out: candidate=astronaut.');
  assert.equal(view.unknownNote(['a=1', 'b=2']), 'The link holds answers this assessment does not know, left out: a=1, b=2.');
});
