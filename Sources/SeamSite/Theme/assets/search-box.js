/* Seam: what the search box and the search page show, as pure functions (no DOM). seam.js
 * turns these view models into elements.
 *
 *   window.Seam.searchBox.dropdown(engine, index, query, root, action)
 *     -> {options: [hit view], all: {href, label}, status}: the list under the header's box
 *   window.Seam.searchBox.keyAction(key, {open, active, count})
 *     -> {type: 'open' | 'move' | 'follow' | 'close' | 'none', active, preventDefault}
 *   window.Seam.searchBox.page(engine, index, {query, kind}, kinds, root)
 *     -> {status, filter: [{kind, label, current, href}], hits: [hit view]}: the search page
 *
 * `engine` is window.SeamSearch (search-engine.js), `index` the loaded search index or null when
 * it could not be loaded. A hit view is {id, kind, kindLabel, title, href, snippet, highlights};
 * `href` is relative to the page (`root` in front of the entry's page).
 */
(function (root) {
  'use strict';

  var node = typeof module !== 'undefined' && module.exports;
  var urlState = node ? require('./url-state.js') : root.Seam.urlState;
  var t = (node ? require('./strings.js') : root.Seam.strings).t;

  var DROPDOWN_LIMIT = 8;
  var PAGE_LIMIT = 50;

  /* The engine's hits for a query, none for an empty query, a missing index or an engine error. */
  function results(engine, index, query, limit, kind) {
    if (!engine || !index || !query.trim()) return [];
    try { return engine.search(index, query, limit, kind || undefined); } catch (error) { return []; }
  }

  function hitView(hit, pageRoot) {
    return {
      id: hit.id, kind: hit.kind, kindLabel: hit.kindLabel || hit.kind, title: hit.title,
      href: pageRoot + hit.url, snippet: hit.snippet, highlights: hit.highlights
    };
  }

  /* The hits worth showing on the search page: those that match as many parts of the query as
     the best, scoring at least RELEVANCE_FLOOR of its score (the weak tail goes). */
  var RELEVANCE_FLOOR = 0.2;
  function relevant(hits) {
    if (!hits.length) return hits;
    var best = hits[0];
    return hits.filter(function (hit) { return hit.matched >= best.matched && hit.score >= best.score * RELEVANCE_FLOOR; });
  }

  /* A query of one letter matches no word yet: the reader is still typing. */
  function oneLetter(query) { return Array.from(query.trim()).length === 1; }

  function quoted(query) { return t('quoted', { text: query.trim() }); }

  /* The results as you type: at most eight entries, then a link to the search page (`action`,
     the form's address, else the site's search.html). */
  function dropdown(engine, index, query, pageRoot, action) {
    var hits = results(engine, index, query, DROPDOWN_LIMIT);
    var count = hits.length;
    return {
      options: hits.map(function (hit) { return hitView(hit, pageRoot); }),
      all: { href: (action || pageRoot + 'search.html') + '?q=' + encodeURIComponent(query), label: t('allResultsFor', { query: quoted(query) }) },
      status: count
        ? t(count === DROPDOWN_LIMIT ? 'dropdownCountFull' : 'dropdownCount', { count: count })
        : oneLetter(query) ? t('keepTyping') : t('noEntryMatches', { query: quoted(query) })
    };
  }

  /* What a key pressed in the box does, given whether the list is open, the chosen option (-1 for
     none) and how many options it has. Down opens the list (choosing the first) or moves down,
     wrapping; Up moves up, from the first back to the box, from the box to the last; Enter
     follows the chosen option; Escape closes; Home and End give the caret back to the box. */
  function keyAction(key, state) {
    var open = state.open, active = state.active, count = state.count;
    var none = { type: 'none', active: active, preventDefault: false };
    switch (key) {
      case 'ArrowDown': case 'Down':
        if (!open) return { type: 'open', active: 0, preventDefault: true };
        return count ? { type: 'move', active: active + 1 >= count ? 0 : active + 1, preventDefault: true }
          : { type: 'none', active: active, preventDefault: true };
      case 'ArrowUp': case 'Up':
        if (!open || !count) return none;
        return { type: 'move', active: active <= 0 ? (active === 0 ? -1 : count - 1) : active - 1, preventDefault: true };
      case 'Enter':
        return open && active >= 0 && active < count ? { type: 'follow', active: active, preventDefault: true } : none;
      case 'Escape': case 'Esc':
        return open ? { type: 'close', active: -1, preventDefault: true } : none;
      case 'Home': case 'End':
        return open && active >= 0 ? { type: 'move', active: -1, preventDefault: false } : none;
      default:
        return none;
    }
  }

  /* The search page for `state`, the `{query, kind}` of its address (urlState.searchState): a line
     of kind filters (when the site has `kinds`), a status line and at most fifty hits. */
  function page(engine, index, state, kinds, pageRoot) {
    var query = state.query, kind = state.kind;
    function label(k) { return engine && index ? engine.kindLabel(index, k) : k; }
    var filter = kinds.length ? [''].concat(kinds).map(function (k) {
      return { kind: k, label: k ? label(k) : t('allKinds'), current: k === kind, href: urlState.searchAddress(query, k) };
    }) : [];
    var view = { status: '', filter: filter, hits: [] };
    if (!query.trim()) {
      view.status = t('searchPrompt');
      return view;
    }
    if (!index) {
      view.status = t('indexNotLoaded');
      return view;
    }
    var hits = relevant(results(engine, index, query, PAGE_LIMIT, kind));
    var count = hits.length;
    var where = kind ? t('kindOnly', { kind: label(kind) }) : '';
    var values = { count: count, query: quoted(query), where: where };
    view.status = count ? t(count === PAGE_LIMIT ? 'resultCountMore' : 'resultCount', values)
      : oneLetter(query) ? t('typeWholeWord') : t('nothingMatches', values);
    view.hits = hits.map(function (hit) { return hitView(hit, pageRoot); });
    return view;
  }

  var api = { dropdown: dropdown, keyAction: keyAction, page: page, DROPDOWN_LIMIT: DROPDOWN_LIMIT, PAGE_LIMIT: PAGE_LIMIT };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) (root.Seam = root.Seam || {}).searchBox = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
