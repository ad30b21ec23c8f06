/* Seam: the behaviour of every page of the explainer site. Plain ES2017, no library, no network.
 *
 *   - search as you type in the header box (a combobox over a listbox of results);
 *   - the search page (`search.html?q=...&kind=...`);
 *   - Escape hides an open glossary card (CSS shows the cards on hover and focus);
 *   - the menu button on phones, the current section, the "On this page" list on wide screens;
 *   - charts shown in words where the picture would make its text smaller than 12 px.
 *
 * The assessment page has its own script (assessment-page.js). This file only reads and writes
 * the page: what the search box and page show comes as a view model from search-box.js and
 * url-state.js, pure modules under window.Seam that node tests load (Tests/js). The hooks it
 * relies on are listed in ../README.md. Every part checks for its elements first and does
 * nothing when a theme drops them. Text from the index only ever reaches the page as text nodes.
 */
(function () {
  'use strict';

  var doc = document;
  var html = doc.documentElement;
  var ROOT = html.getAttribute('data-root') || '';
  var seam = window.Seam;
  if (!seam || !seam.dom || !seam.urlState || !seam.searchBox || !seam.strings) {
    if (window.console) console.error('seam.js: load strings.js, url-state.js, search-box.js and dom.js before it (see the theme README)');
    return;
  }
  var urlState = seam.urlState;
  var t = seam.strings.t;
  var el = seam.dom.el, clear = seam.dom.clear, highlighted = seam.dom.highlighted;

  html.classList.add('js');

  /* ---------- the search index, loaded once by <script> elements ---------- */

  /* The index (assets/search-index.js, for a big knowledge base the manifest of its shards) and
     the related-word table (search-meaning.js) attached to it, both loaded side by side; the index
     alone when the table cannot be loaded (search then matches the reader's words only), null
     when the index cannot. */
  var INDEX_SCRIPT = 'assets/search-index.js', RELATED_SCRIPT = 'assets/search-related.js';
  var indexWaiters = null;

  function withIndex(callback) {
    var index = window.SeamSearchIndex;
    if (index && 'related' in index) { callback(index); return; }
    if (indexWaiters) { indexWaiters.push(callback); return; }
    indexWaiters = [callback];
    var pending = 2;
    function done() {
      if (--pending > 0) return;
      var loaded = window.SeamSearchIndex || null;
      if (loaded) loaded.related = window.SeamSearchRelated || null;
      var waiters = indexWaiters;
      indexWaiters = null; // after a failure the next call tries again
      waiters.forEach(function (waiter) { waiter(loaded); });
    }
    loadScript(INDEX_SCRIPT, window.SeamSearchIndex, done);
    loadScript(RELATED_SCRIPT, window.SeamSearchRelated, done);
  }

  /* Calls `callback` once the page has loaded and the browser is idle; never when the reader
     asked to save data. */
  function whenIdle(callback) {
    var connection = navigator.connection;
    if (connection && connection.saveData) return;
    function idle() {
      if (window.requestIdleCallback) window.requestIdleCallback(callback, { timeout: 2000 });
      else setTimeout(callback, 200);
    }
    if (doc.readyState === 'complete') idle(); else window.addEventListener('load', idle);
  }

  /* Loads the script at `path` from the site's root unless `present`; calls back when it ran or
     could not be loaded. */
  function loadScript(path, present, callback) {
    if (present) { callback(); return; }
    var script = doc.createElement('script');
    script.src = ROOT + path;
    script.async = true;
    script.onload = callback;
    script.onerror = function () {
      if (script.parentNode) script.parentNode.removeChild(script);
      callback();
    };
    (doc.head || doc.body || html).appendChild(script);
  }

  /* ---------- shards of a big index, loaded as queries need them ---------- */

  /* Shard files call seamShard(id, data) (BrowserIndex+Shards.swift); the engine keeps them. */
  window.seamShard = function (id, data) {
    if (window.SeamSearchIndex && window.SeamSearch) window.SeamSearch.addShard(window.SeamSearchIndex, id, data);
  };

  var shardScripts = {}; // id -> 'loading' | 'loaded' (a failed one is forgotten, to be tried again)
  var shardWaiters = []; // each called with (id, loaded) as a shard comes in or fails, kept while it returns true

  /* Loads those of the shards `ids` not loaded or loading yet; calls `arrived(true)` as soon as
     one of `ids` has come in, `arrived(false)` when one could not be loaded or when one the engine
     asks for again was loaded already (it would never be ready). */
  function loadShards(index, ids, arrived) {
    if (ids.some(function (id) { return shardScripts[id] === 'loaded'; })) { arrived(false); return; }
    ids.forEach(function (id) { if (!shardScripts[id]) loadShard(index, id); });
    shardWaiters.push(function (id, loaded) {
      if (ids.indexOf(id) < 0) return true;
      arrived(loaded);
      return false;
    });
  }

  /* Shard `id`: over http(s) fetched and read as JSON (a shard file is `seamShard("id", {...});`,
     its object JSON): a fetch comes in sooner than a script and runs no code; from disk, where
     pages cannot fetch, by a <script> element. */
  function loadShard(index, id) {
    shardScripts[id] = 'loading';
    var path = ROOT + window.SeamSearch.shardPath(index, id);
    function finish(loaded) {
      if (loaded) shardScripts[id] = 'loaded'; else delete shardScripts[id];
      var waiters = shardWaiters;
      shardWaiters = [];
      var kept = waiters.filter(function (waiter) { return waiter(id, loaded); });
      shardWaiters = kept.concat(shardWaiters); // and those the waiters added
    }
    if (window.fetch && /^https?:$/.test(location.protocol)) {
      fetch(path).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return response.text();
      }).then(function (text) {
        var head = 'seamShard(' + JSON.stringify(id) + ',';
        if (text.slice(0, head.length) !== head) throw new Error(path + ': not shard ' + id);
        window.seamShard(id, JSON.parse(text.slice(head.length, text.lastIndexOf(')'))));
        finish(true);
      }).catch(function () { finish(false); });
      return;
    }
    var script = doc.createElement('script');
    script.src = path;
    script.async = true;
    function done(loaded) {
      if (script.parentNode) script.parentNode.removeChild(script);
      finish(loaded);
    }
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    (doc.head || doc.body || html).appendChild(script);
  }

  /* Calls `show(view)` with the view `compute()` makes once every shard it needs is loaded
     (at once for a single-file index), or `show(null)` when one could not be loaded. The view is
     made again as each shard comes in, so that the shards it leads to (a name's postings, the
     terms a typo may be, the results' text) are asked for at once, not after the whole round. */
  function whenShardsLoaded(index, compute, show) {
    var view = compute();
    var missing = window.SeamSearch.missingShards ? window.SeamSearch.missingShards(index) : [];
    if (!missing.length) { show(view); return; }
    loadShards(index, missing, function (arrived) {
      if (arrived) whenShardsLoaded(index, compute, show); else show(null);
    });
  }

  /* A hit of the search (Seam.searchBox's hit view) as the children of its element: the title
     element, the kind, the snippet in a `snippetTag` with the matched words in <mark>. */
  function hitChildren(hit, title, snippetTag) {
    return [
      title, ' ',
      el('span', { className: 'search-result-kind' }, hit.kindLabel),
      el(snippetTag, { className: 'search-result-snippet' }, highlighted(hit.snippet, hit.highlights))
    ];
  }

  /* ---------- the search box: a combobox (ARIA 1.2 pattern with aria-activedescendant) ---------- */

  function setUpSearchBox() {
    var input = doc.getElementById('search-input');
    var panel = doc.getElementById('search-results');
    if (!input || !panel || !window.SeamSearch) return;

    var form = input.form;
    var listId = 'search-results-list';
    var list = el('div', { id: listId, role: 'listbox', 'aria-label': t('searchResults'), className: 'search-results-list' });
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

    var options = [], active = -1, lastQuery = null, index = null, loading = false, shardsFor = null;

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
      return el('a', {
        id: 'search-option-' + number, role: 'option', href: href, tabindex: '-1',
        'aria-selected': 'false', className: className
      }, children);
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
            if (!loaded) { status.textContent = t('indexNotLoaded'); open(); return; }
            render();
          });
        }
        return;
      }
      if (query === shardsFor) return;
      shardsFor = query;
      whenShardsLoaded(index, function () {
        return seam.searchBox.dropdown(window.SeamSearch, index, query, ROOT, form && form.getAttribute('action'));
      }, function (view) {
        shardsFor = null;
        if (input.value !== query) { render(); return; } // typed on while the shards loaded
        if (!view) { status.textContent = t('indexNotLoaded'); open(); return; }
        show(query, view);
      });
    }

    function show(query, view) {
      lastQuery = query;
      clear(list);
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      view.options.forEach(function (hit, number) {
        var node = option(number, hit.href, hitChildren(hit, el('span', { className: 'search-result-title' }, hit.title), 'span'), 'search-result');
        node.setAttribute('data-id', hit.id);
        node.setAttribute('data-kind', hit.kind);
        options.push(node);
        list.appendChild(node);
      });
      var all = option(view.options.length, view.all.href, view.all.label, 'search-result search-all');
      options.push(all);
      list.appendChild(all);
      status.textContent = view.status;
      open();
    }

    // The index loads once the page has loaded and the browser is idle (unless the reader asked
    // to save data), or sooner when the pointer comes over the box or on first focus: the first
    // query then waits for no round of its own to fetch it. The list opens on typing or Down.
    function preload() { withIndex(function (loaded) { if (loaded) index = loaded; }); }
    input.addEventListener('pointerenter', preload);
    input.addEventListener('focus', preload);
    whenIdle(preload);
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var action = seam.searchBox.keyAction(event.key, { open: isOpen(), active: active, count: options.length });
      if (action.preventDefault) event.preventDefault();
      if (action.type === 'open') {
        lastQuery = null;
        render();
        if (isOpen() && options.length) setActive(action.active);
      } else if (action.type === 'move') {
        setActive(action.active);
      } else if (action.type === 'follow') {
        var href = options[action.active].href;
        close();
        window.location.href = href;
      } else if (action.type === 'close') {
        close();
        input.focus();
      }
      // Enter with nothing chosen lets the form go to the search page on its own.
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
    // A page kept for the Back button comes back with its list closed.
    window.addEventListener('pagehide', close);
    window.addEventListener('pageshow', function (event) { if (event.persisted) { lastQuery = input.value; close(); } });
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
    var state = urlState.searchState(urlState.parseQuery(window.location.search), kinds);
    page.classList.add('search-ready');

    var status = doc.getElementById('search-page-status');
    if (!status) {
      status = el('p', { id: 'search-page-status', className: 'search-page-status', role: 'status' });
      results.parentNode.insertBefore(status, results);
    }
    var filter = null;
    if (kinds.length) {
      filter = el('nav', { className: 'search-kinds', 'aria-label': t('showOneKind') });
      results.parentNode.insertBefore(filter, status);
    }
    if (input) input.value = state.query;
    var kindSelect = page.querySelector('select[name="kind"]') || doc.querySelector('.search-form select[name="kind"]');
    if (kindSelect) kindSelect.value = state.kind;

    function render(index) {
      if (!index) { show(seam.searchBox.page(window.SeamSearch, index, state, kinds, ROOT)); return; }
      whenShardsLoaded(index, function () {
        return seam.searchBox.page(window.SeamSearch, index, state, kinds, ROOT);
      }, function (view) { show(view || seam.searchBox.page(window.SeamSearch, null, state, kinds, ROOT)); });
    }

    function show(view) {
      clear(results);
      if (filter) {
        clear(filter);
        // A line of links, readable even where the theme gives it no style.
        var line = el('p', null, t('showKinds') + ' ');
        view.filter.forEach(function (choice, number) {
          if (number) line.appendChild(doc.createTextNode(' \u00b7 '));
          line.appendChild(choice.current
            ? el('strong', { className: 'search-kind-current', 'aria-current': 'page' }, choice.label)
            : el('a', { href: choice.href }, choice.label));
        });
        filter.appendChild(line);
      }
      status.textContent = view.status;
      view.hits.forEach(function (hit) {
        results.appendChild(el('li', { className: 'search-hit', 'data-id': hit.id, 'data-kind': hit.kind },
          hitChildren(hit, el('a', { href: hit.href, className: 'search-hit-title' }, hit.title), 'p')));
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

  /* ---------- the menu on phones, the current section, "On this page" ---------- */

  function setUpMenu() {
    var button = doc.querySelector('.menu-toggle');
    var nav = doc.getElementById('site-nav');
    if (!button || !nav) return;
    button.hidden = false;
    html.classList.add('has-menu');
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    });
    // The section the page belongs to: the page itself, or the section in its breadcrumb.
    var here = [window.location.href.split('#')[0]];
    Array.prototype.forEach.call(doc.querySelectorAll('.breadcrumb a'), function (a) { here.push(a.href); });
    Array.prototype.forEach.call(nav.querySelectorAll('a'), function (a) {
      var at = here.indexOf(a.href);
      if (at === 0) a.setAttribute('aria-current', 'page');
      else if (at > 0) a.setAttribute('aria-current', 'true');
    });
  }

  /* A list of the page's sections beside it on wide screens (the stylesheet hides it on others);
     only for pages with three sections or more, and not where the page lists its own (the
     glossary's letters, the questions of the FAQ). */
  function setUpPageContents() {
    var main = doc.getElementById('main');
    if (!main || main.querySelector('.letter-nav, .faq-toc')) return;
    var headings = Array.prototype.filter.call(main.querySelectorAll('h2[id]'), function (h) { return h.offsetParent !== null; });
    if (headings.length < 3) return;
    var nav = el('nav', { className: 'page-contents', 'aria-labelledby': 'page-contents-title' }, [
      el('p', { className: 'page-contents-title', id: 'page-contents-title' }, t('onThisPage')),
      el('ul', null, headings.map(function (h) { return el('li', null, el('a', { href: '#' + h.id }, h.textContent)); }))
    ]);
    main.parentNode.insertBefore(nav, main.nextSibling);
  }

  /* ---------- charts: rows of words where the picture would have to shrink ---------- */

  /* A chart is drawn at its natural size and may shrink a little; where its smallest text would
     come out under 12 px, its figure gets `is-narrow` and the stylesheet shows the chart in words
     (the reporting lines, or the result's rows) instead of the picture. */
  var SMALLEST_TEXT = 12;
  function fitCharts() {
    Array.prototype.forEach.call(doc.querySelectorAll('.org-chart-figure, .result-chart-figure'), function (figure) {
      var svg = figure.querySelector('svg[width]');
      if (!svg) return;
      var natural = parseFloat(svg.getAttribute('width'));
      var sizes = Array.prototype.map.call(svg.querySelectorAll('text[font-size]'), function (t) { return parseFloat(t.getAttribute('font-size')); });
      var smallest = sizes.length ? Math.min.apply(null, sizes) : SMALLEST_TEXT;
      var style = window.getComputedStyle(figure);
      var room = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      var narrow = room > 0 && natural * SMALLEST_TEXT / smallest > room;
      figure.classList.toggle('is-narrow', narrow);
      var details = figure.querySelector('.org-lines-details');
      if (details && narrow) details.open = true;
    });
  }

  function setUpCharts() {
    fitCharts();
    var pending = false;
    function later() {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; fitCharts(); });
    }
    window.addEventListener('resize', later);
    var main = doc.getElementById('main');
    if (main && window.MutationObserver) new MutationObserver(later).observe(main, { childList: true, subtree: true });
  }

  /* Printing keeps the org charts' reporting lines in words: their <details> open for the print. */
  function setUpPrint() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      opened = Array.prototype.filter.call(doc.querySelectorAll('.org-lines-details:not([open])'), function (d) { d.open = true; return true; });
    });
    window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });
  }

  seam.dom.whenReady([setUpPrint, setUpMenu, setUpSearchBox, setUpSearchPage, setUpTermCards, setUpPageContents, setUpCharts]);
})();
