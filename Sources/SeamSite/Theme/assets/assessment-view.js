/* Seam: what an assessment page shows for a set of answers, as pure functions (no DOM). seam.js
 * turns these view models into elements.
 *
 *   window.Seam.assessmentView.evaluation(assess, definition, answers, explain, unknown)
 *     -> {state: 'result' | 'error' | 'incomplete' | 'unknown' | 'hidden', result, message, announcement}
 *   window.Seam.assessmentView.result(definition, result, answers, root) -> the result's view model
 *   window.Seam.assessmentView.incomplete(definition, answers) -> {prompt, missing: [{id, label}]}
 *   window.Seam.assessmentView.unknownNote(unknown) -> the line about answers a link holds in vain
 *
 * `assess` is window.SeamAssess (assess-engine.js), `definition` the page's embedded definition,
 * `answers` {question: option}, `unknown` the `question=option` pairs of the address it does not
 * know (urlState.answersFromQuery). Links are relative to the page (`root` in front).
 */
(function (root) {
  'use strict';

  var node = typeof module !== 'undefined' && module.exports;
  var urlState = node ? require('./url-state.js') : root.Seam.urlState;
  var t = (node ? require('./strings.js') : root.Seam.strings).t;

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  /* What the page should show: the result when every question is answered; what is missing when
     `explain` is set (the reader asked for the result, or a link holds some answers); else only
     the note about unknown answers, or nothing. */
  function evaluation(assess, definition, answers, explain, unknown) {
    var found = assess.problems(definition, answers);
    if (!found.missing.length && !found.unknownQuestions.length && !found.unknownOptions.length) {
      var result;
      try { result = assess.evaluate(definition, answers); } catch (error) {
        return { state: 'error', message: t('noResultBecause', { reason: error.message }) };
      }
      return { state: 'result', result: result, announcement: t('resultAnnouncement', { title: result.outcome.title, summary: result.outcome.summary }) };
    }
    var remaining = found.missing.length;
    if (explain) return { state: 'incomplete', announcement: t('questionsRemain', { count: remaining }) };
    return { state: unknown && unknown.length ? 'unknown' : 'hidden' };
  }

  /* An attached explanation: the entry's link, its heading (with the section) and summary. */
  function explanationView(explanation, pageRoot) {
    return {
      id: explanation.id, href: urlState.pageURL(pageRoot, explanation.page),
      heading: explanation.section ? explanation.title + ': ' + explanation.section : explanation.title,
      summary: explanation.summary || ''
    };
  }

  function ratingLabel(definition, id) {
    var ratings = definition.ratings || [];
    for (var i = 0; i < ratings.length; i++) if (ratings[i].id === id) return ratings[i].label;
    return id;
  }

  /* "2 Favorable, 1 Mixed, total score 7" (in the site's words), per group where the assessment has groups. */
  function tally(definition, result) {
    function list(counts, answers) {
      var seen = [];
      answers.forEach(function (answer) { if (answer.score === undefined && seen.indexOf(answer.rating) < 0) seen.push(answer.rating); });
      return seen.map(function (rating) { return (counts[rating] || 0) + ' ' + ratingLabel(definition, rating); });
    }
    if (result.groups && result.groups.length) {
      return result.groups.map(function (group) {
        return group.title + ': ' + list(group.counts, result.answers.filter(function (a) { return a.group === group.id; })).join(', ');
      }).join('; ');
    }
    var parts = list(result.counts || {}, result.answers);
    if (result.score !== undefined) parts.push(t('totalScore', { score: result.score }));
    return parts.join(', ');
  }

  /* The answers, each with the title of its group where a new group starts. */
  function answersView(result, pageRoot) {
    var groupTitles = {};
    (result.groups || []).forEach(function (group) { groupTitles[group.id] = group.title; });
    return result.answers.map(function (answer, number) {
      var startsGroup = answer.group && (number === 0 || result.answers[number - 1].group !== answer.group);
      return {
        groupTitle: startsGroup && groupTitles[answer.group] ? groupTitles[answer.group] : null,
        number: number + 1, question: answer.question, option: answer.option, rating: answer.rating,
        prompt: answer.prompt, label: answer.label, counts: t('countsAs', { rating: answer.counted_as }), why: answer.why,
        explanation: explanationView(answer.explanation, pageRoot)
      };
    });
  }

  /* The result: outcome, answers, tally, recommendations, facts with their sources' citations
     (written by the build) and terms. The terminal's commands are not for the site's readers. */
  function resultView(definition, result, answers, pageRoot) {
    var outcome = result.outcome;
    return {
      outcome: {
        id: outcome.id, title: outcome.title, summary: outcome.summary, text: outcome.text || null,
        reading: outcome.reading || null, explanation: explanationView(outcome.explanation, pageRoot)
      },
      answers: answersView(result, pageRoot),
      tally: tally(definition, result),
      recommendations: result.recommendations.map(function (item) {
        return { id: item.id, kind: item.kind, title: item.title, href: urlState.pageURL(pageRoot, item.page), why: item.why };
      }),
      facts: result.facts.map(function (fact) {
        return {
          id: fact.id, figure: fact.figure || null, text: fact.measured || fact.summary, title: fact.title,
          href: urlState.pageURL(pageRoot, fact.page),
          sources: (fact.sources || []).map(function (source) { return source.citation; }).filter(Boolean).join('; ')
        };
      }),
      terms: result.terms.map(function (term) {
        return { id: term.id, title: term.title, href: urlState.pageURL(pageRoot, term.page), definition: term.definition };
      })
    };
  }

  /* The questions still to answer, with a line that counts them. */
  function incomplete(definition, answers) {
    var missing = definition.questions.filter(function (q) { return !has(answers, q.id); });
    return {
      prompt: t('answerMore', { count: missing.length }),
      missing: missing.map(function (question) { return { id: question.id, label: question.label || question.prompt }; })
    };
  }

  function unknownNote(unknown) {
    return t('unknownAnswers', { count: unknown.length, list: unknown.join(', ') });
  }

  var api = { evaluation: evaluation, result: resultView, incomplete: incomplete, unknownNote: unknownNote, tally: tally };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) (root.Seam = root.Seam || {}).assessmentView = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
