/* Seam: what the site keeps in a page's address, as pure functions (no DOM, no window).
 *
 *   window.Seam.urlState.parseQuery('?q=nrr&kind=term') -> [['q', 'nrr'], ['kind', 'term']]
 *   window.Seam.urlState.buildQuery(pairs) -> 'q=nrr&kind=term'
 *   window.Seam.urlState.searchState(pairs, kinds) -> {query, kind}: the search page's state
 *   window.Seam.urlState.answersFromQuery(questions, pairs) -> {answers, unknown}: an assessment's
 *
 * The search page reads `?q=` and `&kind=`; an assessment page keeps its answers as
 * `?QUESTION=OPTION&...`, the ids of `seam assess --answer`. Under node: `require('./url-state.js')`.
 */
(function (root) {
  'use strict';

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  /* `text` decoded as a query component (`+` is a space); malformed escapes stay as they are. */
  function decodeComponent(text) {
    try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (error) { return text; }
  }

  /* A query string (with or without its `?`) as [name, value] pairs, in order. */
  function parseQuery(search) {
    var text = String(search || '').replace(/^\?/, '');
    if (!text) return [];
    return text.split('&').filter(Boolean).map(function (part) {
      var equals = part.indexOf('=');
      var name = equals < 0 ? part : part.slice(0, equals);
      var value = equals < 0 ? '' : part.slice(equals + 1);
      return [decodeComponent(name), decodeComponent(value)];
    });
  }

  /* [name, value] pairs as a query string, without the `?`. */
  function buildQuery(pairs) {
    return pairs.map(function (pair) { return encodeURIComponent(pair[0]) + '=' + encodeURIComponent(pair[1]); }).join('&');
  }

  /* The value of the first pair called `name`, or null. */
  function queryValue(pairs, name) {
    for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === name) return pairs[i][1];
    return null;
  }

  /* An address without its query and fragment (file:// addresses too, whose origin is "null"). */
  function pageAddress(href) { return String(href).split(/[?#]/)[0]; }

  /* `address` with `pairs` as its query. */
  function withQuery(address, pairs) {
    var query = buildQuery(pairs);
    return address + (query ? '?' + query : '');
  }

  /* A page of the site (relative to its root) as a link from a page `root` below it; absolute
     URLs and paths stay as they are. */
  function pageURL(root, page) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(page) || page.charAt(0) === '/') return page;
    return root + page;
  }

  /* The search page's query and kind; a kind the site does not have (of `kinds`, when given) is dropped. */
  function searchState(pairs, kinds) {
    var kind = queryValue(pairs, 'kind') || '';
    if (kinds && kinds.length && kinds.indexOf(kind) < 0) kind = '';
    return { query: queryValue(pairs, 'q') || '', kind: kind };
  }

  /* The search page's address (relative to the site root) for a query and kind. */
  function searchAddress(query, kind) {
    return 'search.html?' + buildQuery([['q', query]].concat(kind ? [['kind', kind]] : []));
  }

  /* Answers from an address: known questions only (a later pair for a question wins); an unknown
     option is reported as `question=option` in `unknown`, not kept. */
  function answersFromQuery(questions, pairs) {
    var answers = {}, unknown = [];
    pairs.forEach(function (pair) {
      var question = null;
      for (var i = 0; i < questions.length && !question; i++) if (questions[i].id === pair[0]) question = questions[i];
      if (!question) return;
      var known = question.options.some(function (option) { return option.id === pair[1]; });
      if (known) answers[question.id] = pair[1];
      else unknown.push(pair[0] + '=' + pair[1]);
    });
    return { answers: answers, unknown: unknown };
  }

  /* Answers ({question: option}) as pairs in the order of the questions. */
  function answerPairs(questions, answers) {
    return questions.filter(function (q) { return has(answers, q.id); }).map(function (q) { return [q.id, answers[q.id]]; });
  }

  var api = {
    parseQuery: parseQuery, buildQuery: buildQuery, queryValue: queryValue, pageAddress: pageAddress,
    withQuery: withQuery, pageURL: pageURL, searchState: searchState, searchAddress: searchAddress,
    answersFromQuery: answersFromQuery, answerPairs: answerPairs
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) (root.Seam = root.Seam || {}).urlState = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
