/* Seam: the assessment page. Keeps the answers in the address (`?QUESTION=OPTION&...`, the ids of
 * `seam assess --answer`), restores them on load, and fills `#assessment-result` with what
 * Seam.assessmentView makes of them: the outcome with every explanation attached, the result
 * chart (result-chart.js), the recommended structures with their org charts, facts, terms, a
 * link to share and a print button. The hooks are in ../README.md ("An assessment page").
 */
(function () {
  'use strict';

  var doc = document;
  var html = doc.documentElement;
  var ROOT = html.getAttribute('data-root') || '';
  var seam = window.Seam;
  if (!seam || !seam.dom || !seam.urlState || !seam.assessmentView || !seam.strings) {
    if (window.console) console.error('assessment-page.js: load strings.js, url-state.js, dom.js and assessment-view.js before it (see the theme README)');
    return;
  }
  var urlState = seam.urlState;
  var el = seam.dom.el, append = seam.dom.append, clear = seam.dom.clear;
  var t = seam.strings.t, tParts = seam.strings.parts;

  /* The page about the sources that every source line links to (`data-sources` on the form,
     from `sources` in site.yml), or null. */
  function sourcesPage() {
    var form = doc.getElementById('assessment-form');
    return form && form.hasAttribute('data-sources') ? form.getAttribute('data-sources') : null;
  }

  /* Replaces the query of the address bar; some browsers refuse it for file:// pages. */
  function replaceQuery(pairs) {
    var query = urlState.buildQuery(pairs);
    var target = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    try { window.history.replaceState(window.history.state, '', target); return true; } catch (error) { return false; }
  }

  /* "Explained in TITLE: summary" (`explainedIn`), from an explanation's view. */
  function explainedIn(explanation, className) {
    return el('p', { className: 'result-explanation' + (className ? ' ' + className : '') }, tParts('explainedIn', {
      link: el('a', { href: explanation.href, 'data-entry': explanation.id }, explanation.heading),
      summary: explanation.summary ? ': ' + explanation.summary : ''
    }));
  }

  /* The org chart the page carries for an entry, with its ids made unique; null when it has none. */
  function orgChart(id) {
    var template = doc.getElementById('org-chart-' + id);
    if (!template || !template.content) return null;
    var copy = template.content.cloneNode(true);
    var prefix = 'result-';
    var renamed = {};
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (node) {
      renamed[node.id] = prefix + node.id;
      node.id = prefix + node.id;
    });
    Array.prototype.forEach.call(copy.querySelectorAll('[aria-labelledby], [aria-describedby], [href^="#"], [for]'), function (node) {
      ['aria-labelledby', 'aria-describedby', 'for'].forEach(function (name) {
        var value = node.getAttribute(name);
        if (value) node.setAttribute(name, value.split(/\s+/).map(function (ref) { return renamed[ref] || ref; }).join(' '));
      });
      var href = node.getAttribute('href');
      if (href && href.charAt(0) === '#' && renamed[href.slice(1)]) node.setAttribute('href', '#' + renamed[href.slice(1)]);
    });
    return el('div', { className: 'result-org-chart' }, copy);
  }

  /* The result chart of result-chart.js, which escapes every text it writes. */
  function resultChart(spec, result) {
    if (!window.SeamResultChart || !spec) return null;
    var markup;
    try { markup = window.SeamResultChart.svg(spec, result, 'result-chart'); } catch (error) { return null; }
    var figure = el('figure', { className: 'result-chart-figure' });
    var template = doc.createElement('template');
    template.innerHTML = markup;
    figure.appendChild(template.content);
    // The same chart in rows of words, shown instead of the picture where it would have to
    // shrink (seam.js marks such figures `is-narrow`).
    if (window.SeamResultChart.rowsInWords) {
      figure.appendChild(el('ul', { className: 'chart-in-words' }, window.SeamResultChart.rowsInWords(spec, result).map(function (row) {
        return el('li', row.tone ? { className: 'chart-' + row.tone } : null, [
          row.symbol ? el('span', { className: 'chart-symbol', 'aria-hidden': 'true' }, row.symbol + ' ') : null, row.text]);
      })));
    }
    var caption = window.SeamResultChart.legend ? window.SeamResultChart.legend(spec) : null;
    if (caption) figure.appendChild(el('figcaption', { className: 'result-chart-legend' }, caption));
    return figure;
  }

  function copyText(text, done) {
    function fallback() {
      var field = el('textarea', { readonly: true, 'aria-hidden': 'true', tabindex: '-1', className: 'result-copy-field' });
      field.value = text;
      field.style.position = 'fixed';
      field.style.opacity = '0';
      doc.body.appendChild(field);
      field.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (error) { ok = false; }
      doc.body.removeChild(field);
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  /* A link to this result, a button that copies it and one that prints. */
  function resultActions(url) {
    var note = el('span', { className: 'result-copy-status', role: 'status' });
    var copy = el('button', { type: 'button', className: 'result-copy' }, t('copyLink'));
    var print = el('button', { type: 'button', className: 'result-print' }, t('print'));
    copy.addEventListener('click', function () {
      copyText(url, function (ok) { note.textContent = ok ? t('linkCopied') : t('copyTheLink', { url: url }); });
    });
    print.addEventListener('click', function () { window.print(); });
    return el('div', { className: 'result-actions' }, [
      el('a', { href: url, className: 'result-link' }, t('linkToResult')), ' ', copy, ' ', print, ' ', note
    ]);
  }

  /* The elements of a result from its view model (Seam.assessmentView.result). */
  function resultElements(view, chart, shareURL) {
    var outcome = view.outcome;
    var parts = [
      el('div', { className: 'result-outcome', 'data-outcome': outcome.id }, [
        el('h2', { id: 'result-heading' }, t('resultHeading', { title: outcome.title })),
        el('p', { className: 'result-summary' }, outcome.summary),
        outcome.text ? el('p', { className: 'result-text' }, outcome.text) : null,
        outcome.reading ? el('blockquote', { className: 'result-reading' }, el('p', null, [el('strong', null, t('readingLabel')), ' ', outcome.reading])) : null,
        explainedIn(outcome.explanation, 'result-outcome-explanation')
      ]),
      resultActions(shareURL)
    ];
    if (chart) parts.push(el('h3', null, t('atAGlance')), chart);

    parts.push(el('h3', null, t('yourAnswers')));
    var list = el('ol', { className: 'result-answers' });
    view.answers.forEach(function (answer) {
      if (answer.groupTitle) list.appendChild(el('li', { className: 'result-group' }, el('h4', null, answer.groupTitle)));
      list.appendChild(el('li', {
        className: 'result-answer', value: answer.number, id: 'answer-' + answer.question,
        'data-question': answer.question, 'data-option': answer.option, 'data-rating': answer.rating
      }, [
        el('p', { className: 'result-question' }, [el('strong', null, answer.prompt), el('br'), answer.label]),
        el('p', null, [el('span', { className: 'result-counts' }, answer.counts), ' ', answer.why]),
        explainedIn(answer.explanation),
        el('p', { className: 'result-change' }, el('a', { href: '#q-' + answer.question }, t('changeAnswer')))
      ]));
    });
    parts.push(list);
    if (view.tally) parts.push(el('p', { className: 'result-tally' }, t('tally', { tally: view.tally })));

    if (view.recommendations.length) {
      parts.push(el('h3', null, t('recommendedNext')));
      parts.push(el('ul', { className: 'result-recommendations' }, view.recommendations.map(function (item) {
        return el('li', { className: 'result-recommendation', 'data-entry': item.id, 'data-kind': item.kind }, [
          el('p', null, [el('a', { href: item.href }, item.title), ' (' + item.kind + '): ', item.why]),
          orgChart(item.id)
        ]);
      })));
    }

    if (view.facts.length) {
      parts.push(el('h3', null, t('factsBehind')));
      parts.push(el('ul', { className: 'result-facts' }, view.facts.map(function (fact) {
        return el('li', { className: 'result-fact', 'data-entry': fact.id }, [
          fact.figure ? el('strong', null, fact.figure) : null,
          fact.figure ? ': ' : null,
          fact.text,
          fact.sources ? ' ' : null,
          fact.sources ? el('cite', null, tParts('factSource', { citation: sourcesPage()
            ? el('a', { href: urlState.pageURL(ROOT, sourcesPage()) }, fact.sources) : fact.sources })) : null,
          fact.sources ? '.' : null,
          ' (', el('a', { href: fact.href }, fact.title), ')'
        ]);
      })));
    }

    if (view.terms.length) {
      parts.push(el('h3', null, t('termsUsed')));
      var terms = el('dl', { className: 'result-terms' });
      view.terms.forEach(function (term) {
        terms.appendChild(el('dt', { 'data-entry': term.id }, el('a', { href: term.href }, term.title)));
        terms.appendChild(el('dd', null, term.definition));
      });
      parts.push(terms);
    }

    return parts;
  }

  /* The elements that say which questions remain (Seam.assessmentView.incomplete). */
  function incompleteElements(view) {
    var list = el('ul', { className: 'result-missing' }, view.missing.map(function (question) {
      return el('li', { 'data-question': question.id }, el('a', { href: '#q-' + question.id }, question.label));
    }));
    return [
      el('p', { className: 'result-incomplete', 'data-missing': view.missing.map(function (q) { return q.id; }).join(' ') }, view.prompt),
      list
    ];
  }

  function setUpAssessment() {
    var form = doc.getElementById('assessment-form');
    var section = doc.getElementById('assessment-result');
    var source = doc.getElementById('assessment-definition');
    var views = seam.assessmentView;
    if (!form || !section || !source || !window.SeamAssess) return;
    var definition;
    try { definition = JSON.parse(source.textContent); } catch (error) { return; }
    if (!definition || !Array.isArray(definition.questions)) return;
    var questions = definition.questions;
    var submitted = false;

    // A live region that reads the whole result again on every change is too much to listen to:
    // a short line announces the outcome instead, and the result itself is read on demand.
    section.removeAttribute('aria-live');
    var announcer = el('p', { className: 'visually-hidden result-announcer', role: 'status' });
    section.parentNode.insertBefore(announcer, section);

    function radios(questionId) {
      return Array.prototype.filter.call(form.querySelectorAll('input[type="radio"]'), function (input) {
        return input.name === questionId;
      });
    }

    /* The answers the form holds, {question: option}. */
    function formAnswers() {
      var answers = {};
      questions.forEach(function (question) {
        radios(question.id).forEach(function (input) { if (input.checked) answers[question.id] = input.value; });
      });
      return answers;
    }

    function unknownNote(unknown) { return el('p', { className: 'result-unknown' }, views.unknownNote(unknown)); }

    function show(parts, state) {
      clear(section);
      append(section, parts);
      section.hidden = false;
      section.setAttribute('data-state', state);
      if (section.querySelector('#result-heading')) section.setAttribute('aria-labelledby', 'result-heading');
      form.classList.toggle('has-result', state === 'result');
      html.classList.toggle('assessment-has-result', state === 'result');
    }

    function hide() {
      clear(section);
      section.hidden = true;
      section.removeAttribute('data-state');
      section.removeAttribute('aria-labelledby');
      form.classList.remove('has-result');
      html.classList.remove('assessment-has-result');
    }

    /* Shows what the answers give (Seam.assessmentView.evaluation); true when that is a result. */
    function update(answers, explain, unknown) {
      var shown = views.evaluation(window.SeamAssess, definition, answers, explain, unknown);
      if (shown.announcement) announcer.textContent = shown.announcement;
      if (shown.state === 'result') {
        var share = urlState.withQuery(urlState.pageAddress(window.location.href), urlState.answerPairs(questions, answers));
        var parts = resultElements(views.result(definition, shown.result, answers, ROOT), resultChart(definition.chart, shown.result), share);
        if (unknown.length) parts.splice(1, 0, unknownNote(unknown));
        show(parts, 'result');
      } else if (shown.state === 'error') {
        show([el('h2', { id: 'result-heading' }, t('noResult')), el('p', null, shown.message)], 'error');
      } else if (shown.state === 'incomplete') {
        show([el('h2', { id: 'result-heading' }, t('notFinished'))].concat(unknown.length ? [unknownNote(unknown)] : [],
          incompleteElements(views.incomplete(definition, answers))), 'incomplete');
      } else if (shown.state === 'unknown') {
        show([unknownNote(unknown)], 'incomplete');
      } else {
        hide();
      }
      return shown.state === 'result';
    }

    // The address is the truth: its answers are checked, every other choice the browser may have
    // restored is cleared; then the result they give is shown.
    var restored = urlState.answersFromQuery(questions, urlState.parseQuery(window.location.search));
    questions.forEach(function (question) {
      radios(question.id).forEach(function (input) { input.checked = restored.answers[question.id] === input.value; });
    });
    var fromLink = Object.keys(restored.answers).length > 0;
    // A link with some answers says which questions remain.
    var complete = update(formAnswers(), fromLink, restored.unknown);
    if (fromLink) submitted = true;
    if (complete && fromLink && section.scrollIntoView) {
      window.requestAnimationFrame(function () { section.scrollIntoView({ block: 'start' }); });
    }

    form.addEventListener('change', function (event) {
      if (!event.target || event.target.type !== 'radio') return;
      var answers = formAnswers();
      replaceQuery(urlState.answerPairs(questions, answers));
      update(answers, submitted, []);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submitted = true;
      var answers = formAnswers();
      replaceQuery(urlState.answerPairs(questions, answers));
      update(answers, true, []);
      try { section.focus({ preventScroll: true }); } catch (error) { section.focus(); }
      if (section.scrollIntoView) section.scrollIntoView({ block: 'start' });
    });
    form.addEventListener('reset', function () {
      window.setTimeout(function () { submitted = false; replaceQuery([]); hide(); }, 0);
    });
  }

  seam.dom.whenReady([setUpAssessment]);
})();
