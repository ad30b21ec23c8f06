/*
 * Seam site search: the same matching as `seam search` (Sources/SeamSearch), in plain JavaScript.
 *
 *   window.SeamSearch.search(index, query, limit, kind)
 *     -> [{id, kind, title, summary, snippet, highlights, snippetHTML, url, score, matched}]
 *
 * `index` is the object `BrowserIndex.json` writes (or `window.SeamSearchIndex`, set by the
 * script form of it). Everything returned is plain text except `snippetHTML`, which is escaped
 * text with the matched words in <mark>; `highlights` gives the same words as [start, end)
 * ranges of `snippet` (UTF-16 offsets) for building elements without HTML.
 *
 * Index format (version 1):
 *   averages  [names, summary, body]   average number of words per field
 *   kinds     [[kind, folder], ...]    an entry's page is `folder/id.html`
 *   docs      [[id, kind number, title, summary, [aliases], names length, summary length, body length], ...]
 *   terms     [term, ...]              stemmed, folded words sorted by UTF-8 bytes; `@id` stands for
 *                                      any mention of entry `id` by one of its names (title, aliases)
 *   postings  [string, ...]            per term: numbers in base-64 digits (A-Z a-z 0-9 - _), five bits
 *                                      per digit, least significant first, bit 32 set on every digit but
 *                                      a number's last: the document frequency, then per entry the gap
 *                                      from the previous entry's number and the frequency code
 *                                      (body bucket in bits 0-2, summary in 3-4, names in 5-6)
 *   names     [[key, doc number, strict], ...]  names of entries with aliases, terms joined by spaces;
 *                                      strict names (short capitals like CS) match entry text only in capitals
 *
 * Matching, as in Swift: one tokenizer (per-character NFKD, marks dropped, lowercase, letters and
 * numbers; apostrophes inside words dropped; words cut to 48 characters), plural stemming, stop
 * words dropped from queries, entry names found longest first (so NRR and net revenue retention
 * meet), a few synonyms (quit/leave/departure, comp/compensation ...), prefix on the last word, typos (one edit from 4 letters, two from 8), BM25 over the
 * weighted fields names, summary and body (each saturated on its own), entries matching every word first. One difference: the CLI checks that the
 * words of a quoted phrase stand next to each other in the entry's file; the index holds no text,
 * so here an entry needs only all of the phrase's words. Snippets here are the summary.
 */
(function (root) {
  'use strict';

  var MAX_WORD = 48;
  var MAX_QUERY = 1000;
  var MAX_WORDS = 32;
  var MAX_NAME_WORDS = 8;
  var MAX_PREFIX_TERMS = 50;
  var WEIGHTS = [8.0, 3.0, 1.0];
  var B = [0.75, 0.5, 0.75];
  var K1 = 1.2;
  var BODY_FREQUENCY = [0, 1, 2, 3, 4, 6, 9, 14];
  var W_EXACT = 1.0, W_PREFIX = 0.75, W_ONE_TYPO = 0.6, W_TWO_TYPOS = 0.45, W_NAME_WORDS = 0.9;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  var STOP_WORDS = new Set(('a an the of to in on at by for from with about into onto as and or nor but so if than then ' +
    'is are was were be been being am do does did doing have has had having can could should would ' +
    'will shall may might must i me my we us our ours you your yours he him his she her it its they ' +
    'them their theirs this that these those there here what which who whom whose how why when where ' +
    'not no yes any all some just very too also get gets got').split(' '));
  var SYNONYMS = [
    ['quit', 'leave', 'departure', 'depart', 'resign', 'resignation', 'turnover'],
    ['comp', 'compensation', 'pay'],
    ['org', 'organization', 'organisation'],
    ['merge', 'unify', 'combine', 'consolidate'],
    ['client', 'customer']
  ];
  var W_SYNONYM = 0.8;
  var STEM_EXCEPTIONS = new Set(['series', 'species', 'news', 'always', 'perhaps', 'whereas',
    'sometimes', 'chaos', 'bias', 'alias', 'canvas', 'atlas', 'saas']);

  var MARK = /\p{M}/u;
  var MARKS = /\p{M}/gu;
  var LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
  var UPPER = /[\p{Lu}\p{Lt}]/u;
  var LOWER = /\p{Ll}/u;
  var NUMBER = /\p{N}/u;
  var foldCache = new Map();

  /* Folds one non-ASCII character: NFKD, marks dropped, lowercased, letters and numbers kept. */
  function fold(ch) {
    var cached = foldCache.get(ch);
    if (cached !== undefined) return cached;
    var lowered = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    var out = '';
    for (var piece of lowered) if (LETTER_OR_NUMBER.test(piece)) out += piece;
    foldCache.set(ch, out);
    return out;
  }

  function stem(word) {
    if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word;
    if (!/^[a-z]+$/.test(word) || STEM_EXCEPTIONS.has(word)) return word;
    if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
    if (word.endsWith('sses')) return word.slice(0, -2);
    if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
    return word.slice(0, -1);
  }

  /* Tokens of text: {word, term, start, end (UTF-16 offsets), upper}. */
  function tokenize(text) {
    var tokens = [];
    var word = '', length = 0, start = -1, end = 0, sawUpper = false, sawLower = false, apostrophe = false;
    var offset = 0;
    function finish() {
      if (start >= 0 && word.length > 0) {
        tokens.push({ word: word, term: stem(word), start: start, end: end, upper: sawUpper && !sawLower });
      }
      word = ''; length = 0; start = -1; sawUpper = false; sawLower = false; apostrophe = false;
    }
    for (var ch of text) {
      var width = ch.length;
      var code = ch.codePointAt(0);
      var here = offset;
      offset += width;
      if (code < 0x80) {
        var folded = '';
        if (code >= 0x61 && code <= 0x7a) { folded = ch; sawLower = true; }
        else if (code >= 0x41 && code <= 0x5a) { folded = String.fromCharCode(code + 32); sawUpper = true; }
        else if (code >= 0x30 && code <= 0x39) { folded = ch; }
        if (folded) {
          if (start < 0) start = here;
          apostrophe = false;
          if (length < MAX_WORD) { word += folded; length += 1; }
          end = here + width;
          continue;
        }
        if (code === 0x27 && start >= 0 && !apostrophe) { apostrophe = true; continue; }
        finish();
        continue;
      }
      if (code === 0x2019 || code === 0x02bc) {
        if (start >= 0 && !apostrophe) { apostrophe = true; continue; }
        finish();
        continue;
      }
      if (MARK.test(ch)) {
        if (start >= 0 && !apostrophe) { end = here + width; continue; }
        finish();
        continue;
      }
      var f = fold(ch);
      if (!f) { finish(); continue; }
      if (start < 0) start = here;
      apostrophe = false;
      if (UPPER.test(ch)) sawUpper = true;
      else if (LOWER.test(ch)) sawLower = true;
      for (var p of f) {
        if (length >= MAX_WORD) break;
        word += p; length += 1;
      }
      end = here + width;
    }
    finish();
    return tokens;
  }

  /* ---- the index ---- */

  function decode(text) {
    var numbers = [], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text[i]);
      value += (digit & 31) * Math.pow(2, shift);
      if (digit & 32) { shift += 5; } else { numbers.push(value); value = 0; shift = 0; }
    }
    return numbers;
  }

  /* Prepares an index object once (maps, decoded postings on demand); cached on the object. */
  function prepare(index) {
    if (index.__seam) return index.__seam;
    var termNumber = new Map();
    for (var i = 0; i < index.terms.length; i++) termNumber.set(index.terms[i], i);
    var names = new Map();
    for (var n of index.names) if (!names.has(n[0])) names.set(n[0], { doc: n[1], strict: n[2] === 1 });
    var prepared = { index: index, termNumber: termNumber, names: names, decoded: new Map(), count: index.docs.length };
    Object.defineProperty(index, '__seam', { value: prepared, enumerable: false });
    return prepared;
  }

  function postings(p, term) {
    var cached = p.decoded.get(term);
    if (cached) return cached;
    var numbers = decode(p.index.postings[term]);
    var df = numbers[0] || 0, docs = [], codes = [], doc = 0;
    for (var i = 0; i < df; i++) {
      var gap = numbers[1 + 2 * i], code = numbers[2 + 2 * i];
      doc = i === 0 ? gap : doc + gap;
      docs.push(doc); codes.push(code);
    }
    var list = { df: df, docs: docs, codes: codes };
    p.decoded.set(term, list);
    return list;
  }

  function documentFrequency(p, term) {
    var cached = p.decoded.get(term);
    if (cached) return cached.df;
    var text = p.index.postings[term], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text[i]);
      value += (digit & 31) * Math.pow(2, shift);
      if (!(digit & 32)) return value;
      shift += 5;
    }
    return 0;
  }

  function idf(df, count) { return Math.log(1 + (count - df + 0.5) / (df + 0.5)); }

  function field(frequency, length, average, b) {
    return frequency * (K1 + 1) / (frequency + K1 * (1 - b + b * length / Math.max(average, 1)));
  }

  function score(p, code, doc, idfValue) {
    var d = p.index.docs[doc], averages = p.index.averages;
    var f0 = (code >> 5) & 3, f1 = (code >> 3) & 3, f2 = BODY_FREQUENCY[code & 7];
    var sum = 0.0;
    if (f0 > 0) sum += WEIGHTS[0] * field(f0, d[5], averages[0], B[0]);
    if (f1 > 0) sum += WEIGHTS[1] * field(f1, d[6], averages[1], B[1]);
    if (f2 > 0) sum += WEIGHTS[2] * field(f2, d[7], averages[2], B[2]);
    return idfValue * sum;
  }

  function rounded(value) { return Math.round(value * 1000000) / 1000000; }

  /* ---- queries ---- */

  function parse(text) {
    if (typeof text !== 'string' || text.length > MAX_QUERY) return null;
    text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    var parts = [], words = 0;
    var pieces = text.split('"');
    for (var i = 0; i < pieces.length; i++) {
      var tokens = tokenize(pieces[i]);
      if (i % 2 === 1) {
        var kept = tokens.slice(0, MAX_WORDS - words);
        words += kept.length;
        if (kept.length === 1) parts.push({ word: kept[0] });
        else if (kept.length > 1) parts.push({ phrase: kept });
      } else {
        for (var t of tokens) {
          if (words >= MAX_WORDS) break;
          parts.push({ word: t });
          words += 1;
        }
      }
    }
    if (parts.length === 0) return null;
    var last = Array.from(text).pop();
    var endsInWord = last !== undefined && !/\s/u.test(last) && last !== '"';
    return { text: text, parts: parts, endsInWord: endsInWord && words < MAX_WORDS + 1 };
  }

  function termsWithPrefix(p, prefix) {
    var found = [];
    var terms = p.index.terms;
    for (var i = 0; i < terms.length; i++) if (terms[i].startsWith(prefix)) found.push(i);
    return found;
  }

  function allowedEdits(length) { return length >= 8 ? 2 : (length >= 4 ? 1 : 0); }

  var rows = [[], [], []];

  /* Optimal string alignment distance over code points, or -1 when over `limit` (rows reused). */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return -1;
    if (a.length === 0 || b.length === 0) { var m = Math.max(a.length, b.length); return m <= limit ? m : -1; }
    var older = rows[0], previous = rows[1], current = rows[2];
    for (var j = 0; j <= b.length; j++) { previous[j] = j; older[j] = 0; current[j] = 0; }
    for (var i = 1; i <= a.length; i++) {
      current[0] = i;
      var rowMinimum = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, older[j - 2] + 1);
        current[j] = value;
        if (value < rowMinimum) rowMinimum = value;
      }
      if (rowMinimum > limit) return -1;
      var swap = older; older = previous; previous = current; current = swap;
    }
    return previous[b.length] <= limit ? previous[b.length] : -1;
  }

  function typoCandidates(p, term, edits, unordered) {
    var query = Array.from(term);
    var terms = p.index.terms, found = [];
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (t.charCodeAt(0) === 64 /* @ */) continue;
      /* cheap bounds first: a string has at least length / 2 and at most length code points */
      if (t.length + edits < query.length || t.length > 2 * (query.length + edits)) continue;
      var scalars = Array.from(t);
      if (scalars.length + edits < query.length || scalars.length > query.length + edits) continue;
      var d = distance(query, scalars, edits);
      if (d >= 0) found.push({ term: i, distance: d, df: documentFrequency(p, i) });
    }
    found.sort(function (x, y) { return x.distance - y.distance || y.df - x.df || x.term - y.term; });
    var best = found.slice(0, 20);
    return unordered ? best : best.sort(function (x, y) { return x.term - y.term; });
  }

  function synonymsOf(term) {
    var result = [];
    for (var group of SYNONYMS) {
      var stems = group.map(stem);
      if (stems.indexOf(term) < 0) continue;
      for (var other of stems) if (other !== term && result.indexOf(other) < 0) result.push(other);
    }
    return result;
  }

  function termsOf(text) { return tokenize(text).map(function (t) { return t.term; }); }

  function findName(p, tokens, start) {
    var longest = Math.min(MAX_NAME_WORDS, tokens.length - start);
    for (var length = longest; length >= 1; length--) {
      var key = tokens.slice(start, start + length).map(function (t) { return t.term; }).join(' ');
      var found = p.names.get(key);
      if (!found) continue;
      if (length === 1 && STOP_WORDS.has(tokens[start].word) && !tokens[start].upper) continue;
      return { doc: found.doc, length: length };
    }
    return null;
  }

  /* For finding names only: a word the index lacks, replaced by its closest indexed word. */
  function correctedForNames(p, token, prefix) {
    var edits = allowedEdits(Array.from(token.word).length);
    if (edits === 0 || lookup(p, token.term) !== null || NUMBER.test(token.word)) return token;
    if (prefix && termsWithPrefix(p, token.word).length > 0) return token;
    var best = typoCandidates(p, token.term, edits, true)[0];
    if (!best) return token;
    return { word: token.word, term: p.index.terms[best.term], start: token.start, end: token.end, upper: token.upper };
  }

  function uniqueNumbers(values) {
    var seen = new Set(), out = [];
    for (var v of values) if (!seen.has(v)) { seen.add(v); out.push(v); }
    return out;
  }

  function lookup(p, term) { var n = p.termNumber.get(term); return n === undefined ? null : n; }

  function nameClause(p, doc, tokens) {
    var d = p.index.docs[doc];
    var highlight = new Set(tokens.map(function (t) { return t.term; }));
    [d[2]].concat(d[4]).forEach(function (name) { termsOf(name).forEach(function (t) { highlight.add(t); }); });
    var alternatives = [];
    var concept = lookup(p, '@' + d[0]);
    if (concept !== null) alternatives.push({ terms: [concept], weight: W_EXACT });
    var words = tokens.filter(function (t) { return !STOP_WORDS.has(t.word); }).map(function (t) { return t.term; });
    var ids = uniqueNumbers(words.map(function (w) { return lookup(p, w); }).filter(function (n) { return n !== null; }));
    if (words.length > 0 && new Set(words).size === ids.length) {
      alternatives.push({ terms: ids, weight: ids.length === 1 ? W_EXACT : W_NAME_WORDS });
    }
    return { alternatives: alternatives, highlight: highlight };
  }

  function phraseClause(p, tokens) {
    var terms = tokens.map(function (t) { return t.term; });
    var ids = uniqueNumbers(terms.map(function (w) { return lookup(p, w); }).filter(function (n) { return n !== null; }));
    var complete = new Set(terms).size === ids.length;
    return { alternatives: complete ? [{ terms: ids, weight: W_EXACT, phrase: terms }] : [], highlight: new Set(terms) };
  }

  function wordClause(p, token, prefix) {
    var alternatives = [], highlight = new Set([token.term]);
    var exact = lookup(p, token.term);
    if (exact !== null) alternatives.push({ terms: [exact], weight: W_EXACT });
    for (var synonym of synonymsOf(token.term)) {
      var found = lookup(p, synonym);
      if (found === null) continue;
      alternatives.push({ terms: [found], weight: W_SYNONYM });
      highlight.add(synonym);
    }
    var length = Array.from(token.word).length;
    var hasDigits = NUMBER.test(token.word);
    var expanded = false;
    if (prefix && length >= 2 && !hasDigits) {
      var candidates = new Set(termsWithPrefix(p, token.word).concat(termsWithPrefix(p, token.term)));
      if (exact !== null) candidates.delete(exact);
      var chosen = Array.from(candidates).map(function (t) { return [t, documentFrequency(p, t)]; })
        .sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; })
        .slice(0, MAX_PREFIX_TERMS).map(function (x) { return x[0]; })
        .sort(function (x, y) { return x - y; });
      for (var t of chosen) {
        alternatives.push({ terms: [t], weight: W_PREFIX });
        highlight.add(p.index.terms[t]);
        expanded = true;
      }
    }
    var edits = allowedEdits(length);
    if (exact === null && !expanded && edits > 0 && !hasDigits && alternatives.length === 0) {
      for (var c of typoCandidates(p, token.term, edits)) {
        alternatives.push({ terms: [c.term], weight: c.distance === 1 ? W_ONE_TYPO : W_TWO_TYPOS });
        highlight.add(p.index.terms[c.term]);
      }
    }
    if (alternatives.length > 1) {
      /* every way of matching the word shares the idf of all the entries they match */
      var seen = new Uint8Array(p.count), union = 0;
      for (var a of alternatives) {
        for (var doc of postings(p, a.terms[0]).docs) if (!seen[doc]) { seen[doc] = 1; union += 1; }
      }
      var shared = idf(union, p.count);
      for (var b of alternatives) b.idf = shared;
    }
    return { alternatives: alternatives, highlight: highlight };
  }

  function plan(p, query) {
    var onlyStopWords = query.parts.every(function (part) { return part.word && STOP_WORDS.has(part.word.word); });
    var clauses = [], run = [], runEndsQuery = false;
    function flush() {
      var corrected = run.map(function (token, offset) {
        return correctedForNames(p, token, runEndsQuery && offset === run.length - 1 && query.endsInWord);
      });
      var position = 0;
      while (position < run.length) {
        var name = findName(p, corrected, position);
        if (name) {
          clauses.push(nameClause(p, name.doc, run.slice(position, position + name.length)));
          position += name.length;
          continue;
        }
        var token = run[position];
        var isLast = runEndsQuery && position === run.length - 1;
        position += 1;
        if (STOP_WORDS.has(token.word) && !onlyStopWords) continue;
        clauses.push(wordClause(p, token, isLast && query.endsInWord));
      }
      run = [];
    }
    query.parts.forEach(function (part, offset) {
      if (part.word) { run.push(part.word); runEndsQuery = offset === query.parts.length - 1; }
      else { flush(); clauses.push(phraseClause(p, part.phrase)); }
    });
    flush();
    return clauses;
  }

  function evaluate(p, alternative) {
    var count = p.count;
    var result = [];
    if (alternative.terms.length === 1) {
      var list = postings(p, alternative.terms[0]);
      var value = alternative.idf !== undefined ? alternative.idf : idf(list.df, count);
      for (var i = 0; i < list.docs.length; i++) result.push([list.docs[i], score(p, list.codes[i], list.docs[i], value)]);
      return result;
    }
    var sums = new Map();
    for (var term of alternative.terms) {
      var l = postings(p, term);
      var v = idf(l.df, count);
      for (var k = 0; k < l.docs.length; k++) {
        var s = score(p, l.codes[k], l.docs[k], v);
        var prev = sums.get(l.docs[k]) || [0, 0];
        sums.set(l.docs[k], [prev[0] + 1, prev[1] + s]);
      }
    }
    sums.forEach(function (pair, doc) { if (pair[0] === alternative.terms.length) result.push([doc, pair[1]]); });
    result.sort(function (x, y) { return x[0] - y[0]; });
    return result;
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function snippetOf(summary, terms) {
    var ranges = tokenize(summary).filter(function (t) { return terms.has(t.term); }).map(function (t) { return [t.start, t.end]; });
    var html = '', position = 0;
    for (var r of ranges) {
      html += escapeHTML(summary.slice(position, r[0])) + '<mark>' + escapeHTML(summary.slice(r[0], r[1])) + '</mark>';
      position = r[1];
    }
    html += escapeHTML(summary.slice(position));
    return { text: summary, highlights: ranges, html: html };
  }

  /* Searches `index` for `query`: at most `limit` (default 10) results, best first; `kind`
     keeps one kind. Returns [] for an empty or over-long query. */
  function search(index, query, limit, kind) {
    if (!index || !index.docs) return [];
    var parsed = parse(query);
    if (!parsed) return [];
    if (limit === undefined || limit === null) limit = 10;
    var p = prepare(index);
    var clauses = plan(p, parsed);
    var count = p.count;
    var scores = new Float64Array(count), matched = new Int32Array(count), best = new Float64Array(count).fill(-1);
    for (var clause of clauses) {
      var touched = [];
      for (var alternative of clause.alternatives) {
        for (var pair of evaluate(p, alternative)) {
          var doc = pair[0];
          var weighted = pair[1] * alternative.weight;
          if (best[doc] < 0) touched.push(doc);
          if (weighted > best[doc]) best[doc] = weighted;
        }
      }
      for (var d of touched) { scores[d] += best[d]; matched[d] += 1; best[d] = -1; }
    }
    var kinds = index.kinds;
    var hits = [];
    for (var i = 0; i < count; i++) {
      if (matched[i] === 0) continue;
      if (kind && kinds[index.docs[i][1]][0] !== kind) continue;
      hits.push({ doc: i, score: rounded(scores[i]), matched: matched[i] });
    }
    hits.sort(function (x, y) { return y.matched - x.matched || y.score - x.score || x.doc - y.doc; });
    var terms = new Set();
    clauses.forEach(function (c) { c.highlight.forEach(function (t) { terms.add(t); }); });
    return hits.slice(0, Math.max(0, limit)).map(function (hit) {
      var d = index.docs[hit.doc];
      var k = kinds[d[1]];
      var snippet = snippetOf(d[3], terms);
      return {
        id: d[0], kind: k[0], title: d[2], summary: d[3],
        snippet: snippet.text, highlights: snippet.highlights, snippetHTML: snippet.html,
        url: k[1] + '/' + d[0] + '.html', score: hit.score, matched: hit.matched
      };
    });
  }

  var api = { search: search, tokenize: tokenize, stem: stem };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) root.SeamSearch = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
