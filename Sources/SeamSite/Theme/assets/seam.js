/* Seam: the behaviour of the explainer site. Plain ES2017, no library, no network.
 *
 *   - search as you type in the header box (a combobox over a listbox of results);
 *   - the search page (`search.html?q=...&kind=...`);
 *   - Escape hides an open glossary card (CSS shows the cards on hover and focus);
 *   - the assessment page: answers kept in the URL, evaluated with SeamAssess, the result with
 *     every explanation attached, its chart, org charts, facts, terms, a link to share and print.
 *
 * The hooks it relies on are listed in ../README.md. Every part checks for its elements first and
 * does nothing when a theme drops them. Text from the index or the definition only ever reaches
 * the page as text nodes; the one markup inserted is the result chart, which result-chart.js
 * builds with every text escaped, and the page's own org chart templates.
 */
(function () {
  'use strict';

  var doc = document;
  var html = doc.documentElement;
  var ROOT = html.getAttribute('data-root') || '';
  var INDEX_SCRIPT = 'assets/search-index.js';
  var DROPDOWN_LIMIT = 8;
  var PAGE_LIMIT = 50;
  var KIND_LABELS = {
    framework: 'Framework', factor: 'Factor', structure: 'Structure', term: 'Term', faq: 'FAQ',
    fact: 'Fact', guide: 'Guide', assessment: 'Assessment'
  };

  html.classList.add('js');

  /* ---------- small DOM helpers ---------- */

  /* An element with attributes (a value of null or false is skipped) and children (strings become text). */
  function el(tag, attributes, children) {
    var node = doc.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) {
        var value = attributes[name];
        if (value === null || value === undefined || value === false) return;
        if (name === 'className') node.className = value;
        else node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /* `text` as text nodes, the UTF-16 ranges [start, end) in <mark>. */
  function highlighted(text, ranges) {
    var fragment = doc.createDocumentFragment(), position = 0;
    (ranges || []).forEach(function (range) {
      var start = Math.max(range[0], position), end = Math.min(range[1], text.length);
      if (end <= start) return;
      if (start > position) fragment.appendChild(doc.createTextNode(text.slice(position, start)));
      fragment.appendChild(el('mark', null, text.slice(start, end)));
      position = end;
    });
    if (position < text.length) fragment.appendChild(doc.createTextNode(text.slice(position)));
    return fragment;
  }

  function kindLabel(kind) {
    return Object.prototype.hasOwnProperty.call(KIND_LABELS, kind) ? KIND_LABELS[kind] : kind;
  }

  /* A page of the site (relative to its root) as a link from this page; absolute URLs stay. */
  function pageURL(page) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(page) || page.charAt(0) === '/') return page;
    return ROOT + page;
  }

  /* The query string of the current URL as [name, value] pairs (no URLSearchParams needed). */
  function queryPairs() {
    var search = window.location.search.replace(/^\?/, '');
    if (!search) return [];
    return search.split('&').filter(Boolean).map(function (part) {
      var equals = part.indexOf('=');
      var name = equals < 0 ? part : part.slice(0, equals);
      var value = equals < 0 ? '' : part.slice(equals + 1);
      return [decodeComponent(name), decodeComponent(value)];
    });
  }

  function decodeComponent(text) {
    try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (error) { return text; }
  }

  function queryValue(name) {
    var pairs = queryPairs();
    for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === name) return pairs[i][1];
    return null;
  }

  function buildQuery(pairs) {
    return pairs.map(function (pair) { return encodeURIComponent(pair[0]) + '=' + encodeURIComponent(pair[1]); }).join('&');
  }

  /* This page's address without query and fragment (works for file:// too, whose origin is "null"). */
  function pageAddress() { return window.location.href.split(/[?#]/)[0]; }

  /* Replaces the query of the address bar; some browsers refuse it for file:// pages. */
  function replaceQuery(pairs) {
    var query = buildQuery(pairs);
    var target = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    try { window.history.replaceState(window.history.state, '', target); return true; } catch (error) { return false; }
  }

  /* ---------- the search index, loaded once by a <script> element ---------- */

  var indexWaiters = null;

  function withIndex(callback) {
    if (window.SeamSearchIndex) { callback(window.SeamSearchIndex); return; }
    if (indexWaiters) { indexWaiters.push(callback); return; }
    indexWaiters = [callback];
    var script = doc.createElement('script');
    script.src = ROOT + INDEX_SCRIPT;
    script.async = true;
    function done() {
      var waiters = indexWaiters || [];
      indexWaiters = null; // after a failure the next call tries again
      waiters.forEach(function (waiter) { waiter(window.SeamSearchIndex || null); });
    }
    script.onload = done;
    script.onerror = function () {
      if (script.parentNode) script.parentNode.removeChild(script);
      done();
    };
    (doc.head || doc.body || html).appendChild(script);
  }

  function runSearch(index, query, limit, kind) {
    if (!index || !window.SeamSearch || !query.trim()) return [];
    try { return window.SeamSearch.search(index, query, limit, kind || undefined); } catch (error) { return []; }
  }

  /* ---------- the search box: a combobox (ARIA 1.2 pattern with aria-activedescendant) ---------- */

  function setUpSearchBox() {
    var input = doc.getElementById('search-input');
    var panel = doc.getElementById('search-results');
    if (!input || !panel || !window.SeamSearch) return;

    var form = input.form;
    var listId = 'search-results-list';
    var list = el('div', { id: listId, role: 'listbox', 'aria-label': 'Search results', className: 'search-results-list' });
    var status = el('p', { className: 'search-status', role: 'status' });
    clear(panel);
    // The list may scroll: the arrow keys in the box scroll the chosen result into view, and the
    // list itself is one Tab stop, so a keyboard can scroll it as a region too.
    panel.setAttribute('tabindex', '0');
    panel.appendChild(status);
    panel.appendChild(list);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');

    var options = [], active = -1, lastQuery = null, index = null, loading = false;

    function open() {
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function isOpen() { return !panel.hidden; }

    function setActive(number) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
        options[active].classList.remove('is-active');
      }
      active = number;
      if (active >= 0 && options[active]) {
        var option = options[active];
        option.setAttribute('aria-selected', 'true');
        option.classList.add('is-active');
        input.setAttribute('aria-activedescendant', option.id);
        if (option.scrollIntoView) option.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(number, href, children, className) {
      var node = el('a', {
        id: 'search-option-' + number, role: 'option', href: href, tabindex: '-1',
        'aria-selected': 'false', className: className
      }, children);
      return node;
    }

    function searchPageURL(query) {
      var action = form && form.getAttribute('action') ? form.getAttribute('action') : ROOT + 'search.html';
      return action + '?q=' + encodeURIComponent(query);
    }

    function render() {
      var query = input.value;
      if (query === lastQuery && (index || !query.trim())) return;
      if (!query.trim()) { lastQuery = query; clear(list); options = []; close(); return; }
      if (!index) {
        if (!loading) {
          loading = true;
          withIndex(function (loaded) {
            loading = false;
            index = loaded;
            if (!loaded) { status.textContent = 'The search index could not be loaded.'; open(); return; }
            render();
          });
        }
        return;
      }
      lastQuery = query;
      var hits = runSearch(index, query, DROPDOWN_LIMIT);
      clear(list);
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      hits.forEach(function (hit, number) {
        var node = option(number, ROOT + hit.url, [
          el('span', { className: 'search-result-title' }, hit.title),
          ' ',
          el('span', { className: 'search-result-kind' }, kindLabel(hit.kind)),
          el('span', { className: 'search-result-snippet' }, highlighted(hit.snippet, hit.highlights))
        ], 'search-result');
        node.setAttribute('data-id', hit.id);
        node.setAttribute('data-kind', hit.kind);
        options.push(node);
        list.appendChild(node);
      });
      var all = option(hits.length, searchPageURL(query), 'All results for \u201c' + query.trim() + '\u201d', 'search-result search-all');
      options.push(all);
      list.appendChild(all);
      status.textContent = hits.length
        ? (hits.length === 1 ? '1 entry' : hits.length + ' entries') + (hits.length === DROPDOWN_LIMIT ? ' shown' : '') + '; use the arrow keys to choose.'
        : 'No entry matches \u201c' + query.trim() + '\u201d.';
      open();
    }

    // The index loads on first focus; the list opens on typing or Down.
    input.addEventListener('focus', function () {
      withIndex(function (loaded) { if (loaded) index = loaded; });
    });
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var key = event.key;
      if (key === 'ArrowDown' || key === 'Down') {
        event.preventDefault();
        if (!isOpen()) { lastQuery = null; render(); if (isOpen() && options.length) setActive(0); return; }
        if (options.length) setActive(active + 1 >= options.length ? 0 : active + 1);
      } else if (key === 'ArrowUp' || key === 'Up') {
        if (!isOpen() || !options.length) return;
        event.preventDefault();
        setActive(active <= 0 ? (active === 0 ? -1 : options.length - 1) : active - 1);
      } else if (key === 'Enter') {
        if (isOpen() && active >= 0 && options[active]) {
          event.preventDefault();
          window.location.href = options[active].href;
        }
        // with nothing chosen the form goes to the search page on its own
      } else if (key === 'Escape' || key === 'Esc') {
        if (isOpen()) { event.preventDefault(); close(); input.focus(); }
      } else if (key === 'Home' || key === 'End') {
        if (isOpen() && active >= 0) { setActive(-1); }
      }
    });
    // A click on a result keeps the focus in the box until the link is followed.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    // Focus leaving the box and its list closes the list.
    function closeUnlessInside() {
      window.setTimeout(function () {
        var here = doc.activeElement;
        if (here !== input && !panel.contains(here)) close();
      }, 150);
    }
    input.addEventListener('blur', closeUnlessInside);
    panel.addEventListener('focusout', closeUnlessInside);
    panel.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && isOpen()) { event.preventDefault(); close(); input.focus(); }
    });
    if (form) {
      form.addEventListener('submit', function (event) {
        if (!input.value.trim()) { event.preventDefault(); input.focus(); }
      });
    }
  }

  /* ---------- the search page ---------- */

  function setUpSearchPage() {
    var page = doc.getElementById('search-page');
    var results = doc.getElementById('search-page-results');
    if (!page || !results || !window.SeamSearch) return;
    var input = doc.getElementById('search-input');
    var kinds = (page.getAttribute('data-kinds') || '').split(/[\s,]+/).filter(Boolean);
    var query = queryValue('q') || '';
    var kind = queryValue('kind') || '';
    if (kinds.length && kinds.indexOf(kind) < 0) kind = '';
    page.classList.add('search-ready');

    var status = doc.getElementById('search-page-status');
    if (!status) {
      status = el('p', { id: 'search-page-status', className: 'search-page-status', role: 'status' });
      results.parentNode.insertBefore(status, results);
    }
    var filter = null;
    if (kinds.length) {
      filter = el('nav', { className: 'search-kinds', 'aria-label': 'Show one kind' });
      results.parentNode.insertBefore(filter, status);
    }
    if (input) input.value = query;
    var kindSelect = page.querySelector('select[name="kind"]') || doc.querySelector('.search-form select[name="kind"]');
    if (kindSelect) kindSelect.value = kind;

    function address(q, k) {
      return 'search.html?' + buildQuery([['q', q]].concat(k ? [['kind', k]] : []));
    }

    function renderFilter() {
      if (!filter) return;
      clear(filter);
      // A line of links, readable even where the theme gives it no style.
      var line = el('p', null, 'Show: ');
      [''].concat(kinds).forEach(function (k, number) {
        if (number) line.appendChild(doc.createTextNode(' \u00b7 '));
        var label = k ? kindLabel(k) : 'All kinds';
        line.appendChild(k === kind
          ? el('strong', { className: 'search-kind-current', 'aria-current': 'page' }, label)
          : el('a', { href: address(query, k) }, label));
      });
      filter.appendChild(line);
    }

    function render(index) {
      clear(results);
      renderFilter();
      if (!query.trim()) { status.textContent = 'Type a word in the search box: a term, an abbreviation such as NRR, a question.'; return; }
      if (!index) { status.textContent = 'The search index could not be loaded.'; return; }
      var hits = runSearch(index, query, PAGE_LIMIT, kind);
      var where = kind ? ' among ' + kindLabel(kind).toLowerCase() + ' entries' : '';
      status.textContent = hits.length
        ? (hits.length === 1 ? '1 result' : hits.length + (hits.length === PAGE_LIMIT ? '+' : '') + ' results') + ' for \u201c' + query.trim() + '\u201d' + where + '.'
        : 'Nothing matches \u201c' + query.trim() + '\u201d' + where + '. Try another word, or browse the glossary.';
      hits.forEach(function (hit) {
        results.appendChild(el('li', { className: 'search-hit', 'data-id': hit.id, 'data-kind': hit.kind }, [
          el('a', { href: ROOT + hit.url, className: 'search-hit-title' }, hit.title),
          ' ',
          el('span', { className: 'search-result-kind' }, kindLabel(hit.kind)),
          el('p', { className: 'search-result-snippet' }, highlighted(hit.snippet, hit.highlights))
        ]));
      });
    }

    withIndex(render);
  }

  /* ---------- glossary cards: Escape hides the open one ---------- */

  function setUpTermCards() {
    if (!doc.querySelector('.term')) return;
    var hovered = null, dismissed = [];

    function dismiss(term) {
      var card = term.querySelector('.term-card');
      if (!card || card.style.display === 'none') return false;
      card.style.display = 'none';
      dismissed.push(term);
      return true;
    }

    function restore(term) {
      var card = term.querySelector('.term-card');
      if (card) card.style.display = '';
      dismissed = dismissed.filter(function (t) { return t !== term; });
    }

    doc.addEventListener('mouseover', function (event) {
      var term = event.target && event.target.closest ? event.target.closest('.term') : null;
      if (term !== hovered) {
        if (hovered && hovered !== (doc.activeElement && doc.activeElement.closest && doc.activeElement.closest('.term'))) restore(hovered);
        hovered = term;
      }
    });
    doc.addEventListener('focusin', function (event) {
      dismissed.slice().forEach(function (term) { if (!term.contains(event.target) && term !== hovered) restore(term); });
    });
    doc.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') return;
      var focused = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest('.term') : null;
      var done = false;
      if (focused) done = dismiss(focused) || done;
      if (hovered && hovered !== focused) done = dismiss(hovered) || done;
      if (done) event.preventDefault();
    });
  }

  /* ---------- the assessment page ---------- */

  function setUpAssessment() {
    var form = doc.getElementById('assessment-form');
    var section = doc.getElementById('assessment-result');
    var source = doc.getElementById('assessment-definition');
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
    function announce(text) { announcer.textContent = text; }

    function questionById(id) {
      for (var i = 0; i < questions.length; i++) if (questions[i].id === id) return questions[i];
      return null;
    }

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

    function answerPairs(answers) {
      return questions.filter(function (q) { return Object.prototype.hasOwnProperty.call(answers, q.id); })
        .map(function (q) { return [q.id, answers[q.id]]; });
    }

    function shareURL(answers) {
      var query = buildQuery(answerPairs(answers));
      return pageAddress() + (query ? '?' + query : '');
    }

    /* Answers from the address: known questions only; unknown options are reported, not kept. */
    function urlAnswers() {
      var answers = {}, unknown = [];
      queryPairs().forEach(function (pair) {
        var question = questionById(pair[0]);
        if (!question) return;
        var known = question.options.some(function (option) { return option.id === pair[1]; });
        if (known) answers[question.id] = pair[1];
        else unknown.push(pair[0] + '=' + pair[1]);
      });
      return { answers: answers, unknown: unknown };
    }

    function explainedIn(explanation, className) {
      var heading = explanation.section ? explanation.title + ': ' + explanation.section : explanation.title;
      return el('p', { className: 'result-explanation' + (className ? ' ' + className : '') }, [
        'Explained in ',
        el('a', { href: pageURL(explanation.page), 'data-entry': explanation.id }, heading),
        explanation.summary ? ': ' + explanation.summary + ' ' : ' ',
        el('code', { className: 'result-command' }, explanation.command)
      ]);
    }

    function citation(source) {
      var text = source.publisher || '';
      if (source.title) text += ', ' + source.title;
      if (source.year) text += ' (' + source.year + ')';
      if (source.cited_in) text += '; cited in ' + source.cited_in;
      return text;
    }

    function tally(result) {
      function list(counts, answers) {
        var seen = [];
        answers.forEach(function (answer) { if (answer.score === undefined && seen.indexOf(answer.rating) < 0) seen.push(answer.rating); });
        return seen.map(function (rating) { return (counts[rating] || 0) + ' ' + ratingLabel(rating); });
      }
      if (result.groups && result.groups.length) {
        return result.groups.map(function (group) {
          return group.title + ': ' + list(group.counts, result.answers.filter(function (a) { return a.group === group.id; })).join(', ');
        }).join('; ');
      }
      var parts = list(result.counts || {}, result.answers);
      if (result.score !== undefined) parts.push('total score ' + result.score);
      return parts.join(', ');
    }

    function ratingLabel(id) {
      var ratings = definition.ratings || [];
      for (var i = 0; i < ratings.length; i++) if (ratings[i].id === id) return ratings[i].label;
      return id;
    }

    /* The org chart the page carries for a structure, with its ids made unique. */
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

    function chart(result) {
      if (!window.SeamResultChart || !definition.chart) return null;
      var markup;
      try { markup = window.SeamResultChart.svg(definition.chart, result, 'result-chart'); } catch (error) { return null; }
      // result-chart.js escapes every text it writes: the markup holds no text from elsewhere.
      var figure = el('figure', { className: 'result-chart-figure' });
      var template = doc.createElement('template');
      template.innerHTML = markup;
      figure.appendChild(template.content);
      var caption = window.SeamResultChart.legend ? window.SeamResultChart.legend(definition.chart) : null;
      if (caption) figure.appendChild(el('figcaption', { className: 'result-chart-legend' }, caption));
      return figure;
    }

    function actions(answers) {
      var url = shareURL(answers);
      var note = el('span', { className: 'result-copy-status', role: 'status' });
      var copy = el('button', { type: 'button', className: 'result-copy' }, 'Copy link');
      var print = el('button', { type: 'button', className: 'result-print' }, 'Print');
      copy.addEventListener('click', function () {
        copyText(url, function (ok) { note.textContent = ok ? 'Link copied.' : 'Copy the link: ' + url; });
      });
      print.addEventListener('click', function () { window.print(); });
      return el('div', { className: 'result-actions' }, [
        el('a', { href: url, className: 'result-link' }, 'Link to this result'), ' ', copy, ' ', print, ' ', note
      ]);
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

    function renderResult(result, answers) {
      var parts = [];
      var outcome = result.outcome;
      var head = el('div', { className: 'result-outcome', 'data-outcome': outcome.id }, [
        el('h2', { id: 'result-heading' }, ['Result: ', outcome.title]),
        el('p', { className: 'result-summary' }, outcome.summary),
        outcome.text ? el('p', { className: 'result-text' }, outcome.text) : null,
        outcome.reading ? el('blockquote', { className: 'result-reading' }, el('p', null, [el('strong', null, 'Seam\u2019s reading of the article.'), ' ', outcome.reading])) : null,
        explainedIn(outcome.explanation, 'result-outcome-explanation')
      ]);
      parts.push(head);
      parts.push(actions(answers));

      var figure = chart(result);
      if (figure) parts.push(el('h3', null, 'At a glance'), figure);

      parts.push(el('h3', null, 'Your answers'));
      var list = el('ol', { className: 'result-answers' });
      var groupTitles = {};
      (result.groups || []).forEach(function (group) { groupTitles[group.id] = group.title; });
      result.answers.forEach(function (answer, number) {
        if (answer.group && (number === 0 || result.answers[number - 1].group !== answer.group) && groupTitles[answer.group]) {
          list.appendChild(el('li', { className: 'result-group' }, el('h4', null, groupTitles[answer.group])));
        }
        list.appendChild(el('li', {
          className: 'result-answer', value: number + 1, id: 'answer-' + answer.question,
          'data-question': answer.question, 'data-option': answer.option, 'data-rating': answer.rating
        }, [
          el('p', { className: 'result-question' }, [el('strong', null, answer.prompt), el('br'), answer.label]),
          el('p', null, [el('span', { className: 'result-counts' }, 'Counts as ' + answer.counted_as + '.'), ' ', answer.why]),
          explainedIn(answer.explanation),
          el('p', { className: 'result-change' }, el('a', { href: '#q-' + answer.question }, 'Change this answer'))
        ]));
      });
      parts.push(list);
      var counted = tally(result);
      if (counted) parts.push(el('p', { className: 'result-tally' }, 'Tally: ' + counted + '.'));

      if (result.recommendations.length) {
        parts.push(el('h3', null, 'Recommended next'));
        var recommended = el('ul', { className: 'result-recommendations' });
        result.recommendations.forEach(function (item) {
          recommended.appendChild(el('li', { className: 'result-recommendation', 'data-entry': item.id, 'data-kind': item.kind }, [
            el('p', null, [el('a', { href: pageURL(item.page) }, item.title), ' (' + item.kind + '): ', item.why]),
            item.kind === 'structure' ? orgChart(item.id) : null
          ]));
        });
        parts.push(recommended);
      }

      if (result.facts.length) {
        parts.push(el('h3', null, 'Facts behind it'));
        var facts = el('ul', { className: 'result-facts' });
        result.facts.forEach(function (fact) {
          var sources = (fact.sources || []).map(citation).filter(Boolean).join('; ');
          facts.appendChild(el('li', { className: 'result-fact', 'data-entry': fact.id }, [
            fact.figure ? el('strong', null, fact.figure) : null,
            fact.figure ? ': ' : null,
            fact.measured || fact.summary,
            sources ? ' ' : null,
            sources ? el('cite', null, ['Source: ', form.hasAttribute('data-sources')
              ? el('a', { href: pageURL(form.getAttribute('data-sources')) }, sources) : sources]) : null,
            sources ? '.' : null,
            ' (', el('a', { href: pageURL(fact.page) }, fact.title), ')'
          ]));
        });
        parts.push(facts);
      }

      if (result.terms.length) {
        parts.push(el('h3', null, 'Terms used'));
        var terms = el('dl', { className: 'result-terms' });
        result.terms.forEach(function (term) {
          terms.appendChild(el('dt', { 'data-entry': term.id }, el('a', { href: pageURL(term.page) }, term.title)));
          terms.appendChild(el('dd', null, term.definition));
        });
        parts.push(terms);
      }

      var command = 'seam assess ' + definition.id + answerPairs(answers).map(function (pair) { return ' --answer ' + pair[0] + '=' + pair[1]; }).join('');
      parts.push(el('p', { className: 'result-cli' }, ['The same result in the terminal: ', el('code', null, command)]));
      return parts;
    }

    function renderIncomplete(answers, unknown) {
      var missing = questions.filter(function (q) { return !Object.prototype.hasOwnProperty.call(answers, q.id); });
      var parts = [el('h2', { id: 'result-heading' }, 'Not finished yet')];
      if (unknown.length) parts.push(unknownNote(unknown));
      var count = missing.length === 1 ? 'one more question' : missing.length + ' more questions';
      parts.push(el('p', { className: 'result-incomplete', 'data-missing': missing.map(function (q) { return q.id; }).join(' ') },
        'Answer ' + count + ' to see the result:'));
      var list = el('ul', { className: 'result-missing' });
      missing.forEach(function (question) {
        list.appendChild(el('li', { 'data-question': question.id }, el('a', { href: '#q-' + question.id }, question.label || question.prompt)));
      });
      parts.push(list);
      return parts;
    }

    function unknownNote(unknown) {
      return el('p', { className: 'result-unknown' },
        'The link holds ' + (unknown.length === 1 ? 'an answer' : 'answers') + ' this assessment does not know, left out: ' + unknown.join(', ') + '.');
    }

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

    /* Evaluates the answers and shows the result, or what is missing when `explain` is set. */
    function update(answers, explain, unknown) {
      unknown = unknown || [];
      var found = window.SeamAssess.problems(definition, answers);
      if (!found.missing.length && !found.unknownQuestions.length && !found.unknownOptions.length) {
        var result;
        try { result = window.SeamAssess.evaluate(definition, answers); } catch (error) {
          show([el('h2', { id: 'result-heading' }, 'No result'), el('p', null, 'These answers give no result: ' + error.message)], 'error');
          return false;
        }
        var parts = renderResult(result, answers);
        if (unknown.length) parts.splice(1, 0, unknownNote(unknown));
        show(parts, 'result');
        announce('Result: ' + result.outcome.title + '. ' + result.outcome.summary);
        return true;
      }
      var remaining = found.missing.length;
      if (explain) {
        show(renderIncomplete(answers, unknown), 'incomplete');
        announce(remaining === 1 ? 'One question remains.' : remaining + ' questions remain.');
      } else if (unknown.length) {
        show([unknownNote(unknown)], 'incomplete');
      } else {
        hide();
      }
      return false;
    }

    // The address is the truth: its answers are checked, every other choice the browser may have
    // restored is cleared; then the result they give is shown.
    var restored = urlAnswers();
    questions.forEach(function (question) {
      radios(question.id).forEach(function (input) { input.checked = restored.answers[question.id] === input.value; });
    });
    var initial = formAnswers();
    // A link with some answers says which questions remain.
    var complete = update(initial, Object.keys(restored.answers).length > 0, restored.unknown);
    if (Object.keys(restored.answers).length) submitted = true;
    if (complete && Object.keys(restored.answers).length) {
      if (section.scrollIntoView) window.requestAnimationFrame(function () { section.scrollIntoView({ block: 'start' }); });
    }

    form.addEventListener('change', function (event) {
      if (!event.target || event.target.type !== 'radio') return;
      var answers = formAnswers();
      replaceQuery(answerPairs(answers));
      update(answers, submitted, []);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submitted = true;
      var answers = formAnswers();
      replaceQuery(answerPairs(answers));
      update(answers, true, []);
      try { section.focus({ preventScroll: true }); } catch (error) { section.focus(); }
      if (section.scrollIntoView) section.scrollIntoView({ block: 'start' });
    });
    form.addEventListener('reset', function () {
      window.setTimeout(function () { submitted = false; replaceQuery([]); hide(); }, 0);
    });
  }

  function start() {
    [setUpSearchBox, setUpSearchPage, setUpTermCards, setUpAssessment].forEach(function (part) {
      try { part(); } catch (error) { if (window.console && console.error) console.error('seam.js:', error); }
    });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
