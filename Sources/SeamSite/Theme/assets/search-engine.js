/*
 * Seam site search: the same matching as `seam search` (Sources/SeamSearch), in plain JavaScript.
 *
 *   window.SeamSearch.search(index, query, limit, kind)
 *     -> [{id, kind, kindLabel, title, summary, snippet, highlights, snippetHTML, url, score, matched}]
 *   window.SeamSearch.kindLabel(index, kind) -> the kind's name for a reader (its singular name)
 *   window.SeamSearch.tokenize(text, index), window.SeamSearch.stem(word, index)
 *
 * `index` is the object `BrowserIndex.json` writes (or `window.SeamSearchIndex`, set by the
 * script form of it). Everything returned is plain text except `snippetHTML`, which is escaped
 * text with the matched words in <mark>; `highlights` gives the same words as [start, end)
 * ranges of `snippet` (UTF-16 offsets) for building elements without HTML.
 *
 * Index format (version 2):
 *   settings  {...}                    the header: limits, typo lengths, BM25 (k1, b, field weights, body
 *                                      frequency per code), match weights, stop words, synonym groups and stem
 *                                      exceptions, written by the build from the Swift constants
 *                                      (BrowserIndex+Settings.swift), so this file holds no copy of them
 *   averages  [names, summary, body]   average number of words per field
 *   kinds     [[kind, folder, label], ...]  an entry's page is `folder/id.html`; label names the kind
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
 * words dropped from queries, entry names found longest first (so an abbreviation and its full name
 * meet), a few synonyms (quit/leave/departure, comp/compensation ...), prefix on the last word, typos (one edit from 4 letters, two from 8), BM25 over the
 * weighted fields names, summary and body (each saturated on its own). Two rankings fused by reciprocal rank
 * (search-meaning.js): by words, entries matching every word first; by meaning, through related words too
 * (`index.related`, the table of assets/search-related.js, attached by whoever loads the index), by score
 * alone. Without the table, the ranking by meaning is by score alone. One difference: the CLI checks that the
 * words of a quoted phrase stand next to each other in the entry's file; the index holds no text,
 * so here an entry needs only all of the phrase's words. Snippets here are the summary.
 */
(function (root) {
  'use strict';

  var VERSION = 2;
  var meaning = typeof module !== 'undefined' && module.exports ? require('./search-meaning.js') : root.SeamSearchMeaning;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

  /* The settings of an index's header, with sets and stemmed synonym groups made once. */
  function settingsOf(header) {
    var s = {
      maxWordLength: header.maxWordLength, maxQueryLength: header.maxQueryLength, maxQueryWords: header.maxQueryWords,
      maxNameWords: header.maxNameWords, maxPrefixTerms: header.maxPrefixTerms, typoLengths: header.typoLengths,
      k1: header.k1, b: header.b, weights: header.weights, bodyFrequency: header.bodyFrequency,
      match: header.matchWeights, meaning: header.meaning, stopWords: new Set(header.stopWords), stemExceptions: new Set(header.stemExceptions)
    };
    s.synonyms = header.synonyms.map(function (group) { return group.map(function (word) { return stemWith(s, word); }); });
    return s;
  }

  function stemWith(s, word) {
    if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word;
    if (!/^[a-z]+$/.test(word) || s.stemExceptions.has(word)) return word;
    if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
    if (word.endsWith('sses')) return word.slice(0, -2);
    if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
    return word.slice(0, -1);
  }

  /* Tokens of text: {word, term, start, end (UTF-16 offsets), upper}. */
  function tokenizeWith(s, text) {
    var maxWord = s.maxWordLength;
    var tokens = [];
    var word = '', length = 0, start = -1, end = 0, sawUpper = false, sawLower = false, apostrophe = false;
    var offset = 0;
    function finish() {
      if (start >= 0 && word.length > 0) {
        tokens.push({ word: word, term: stemWith(s, word), start: start, end: end, upper: sawUpper && !sawLower });
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
          if (length < maxWord) { word += folded; length += 1; }
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
        if (length >= maxWord) break;
        word += p; length += 1;
      }
      end = here + width;
    }
    finish();
    return tokens;
  }

  /* ---- the index ---- */

  /* The value of each base-64 digit (low five bits, and 32 when more digits of the number follow);
     -1 for a character that is no digit. Past the end of a string charCodeAt gives NaN, read as
     character 0, which ends a number: a damaged postings string never reads on for ever. */
  var DIGIT = new Int8Array(128).fill(-1);
  for (var position = 0; position < DIGITS.length; position++) DIGIT[DIGITS.charCodeAt(position)] = position;
  DIGIT[0] = 0;

  /* The numbers of `text` into typed array `numbers`, as many as it holds (a table of every
     entry, read once; the tests hold it to a plain reader of the digits). */
  function decodeInto(text, numbers) {
    var value = 0, factor = 1, count = 0;
    for (var i = 0; i < text.length && count < numbers.length; i++) {
      var digit = DIGIT[text.charCodeAt(i) & 127];
      value += (digit & 31) * factor;
      if (digit & 32) { factor *= 32; } else { numbers[count++] = value; value = 0; factor = 1; }
    }
    return numbers;
  }

  function firstNumber(text) {
    var value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i) & 127];
      value += (digit & 31) * Math.pow(2, shift);
      if (!(digit & 32)) return value;
      shift += 5;
    }
    return 0;
  }

  /* Prepares an index object once (settings, maps, decoded postings on demand); cached on the
     object. Throws for an index of another version, which this engine cannot read. The engine
     reads an index only through the functions below (lookup, termAt, documentFrequency, postings,
     termsWithPrefix, typoTerms, nameOf, docText, kindOf and, for the single index, the `lengths`
     table), which read the single index or the shards loaded so far (see "the shards" below). */
  function prepare(index) {
    if (index.__seam) return index.__seam;
    if (index.version !== VERSION || !index.settings) {
      throw new Error('search index version ' + index.version + ': this search-engine.js reads version ' + VERSION + '; rebuild the site');
    }
    var prepared = index.shards ? shardedStore(index) : singleStore(index);
    prepared.index = index;
    prepared.settings = settingsOf(index.settings);
    prepared.decoded = new Map();
    prepared.lacking = false;
    Object.defineProperty(index, '__seam', { value: prepared, enumerable: false });
    return prepared;
  }

  function singleStore(index) {
    var termNumber = new Map();
    for (var i = 0; i < index.terms.length; i++) termNumber.set(index.terms[i], i);
    var names = new Map();
    for (var n of index.names) if (!names.has(n[0])) names.set(n[0], { doc: n[1], strict: n[2] === 1 });
    var count = index.docs.length, lengths = new Int32Array(3 * count);
    for (var d = 0; d < count; d++) for (var f = 0; f < 3; f++) lengths[3 * d + f] = index.docs[d][5 + f];
    return { sharded: false, termNumber: termNumber, names: names, count: count, lengths: lengths };
  }

  /* The number of `term`, null when the index lacks it (or, with shards, while the dictionary
     shard that would have it is not loaded: that shard is then noted as missing). */
  function lookup(p, term) {
    var n = p.termNumber.get(term);
    if (n !== undefined) return n;
    if (p.sharded) need(p, dictionaryShard(p, term));
    return null;
  }

  function termAt(p, number) { return p.sharded ? p.termText[number] : p.index.terms[number]; }

  function documentFrequency(p, term) {
    var cached = p.decoded.get(term);
    if (cached) return cached.df;
    return p.sharded ? p.df[term] : firstNumber(p.index.postings[term]);
  }

  /* The postings of term number `term`: {df, docs, codes}, and from the shards `sums` too (what
     the term scores in each entry before the idf, see fieldSums). */
  function postings(p, term) {
    var cached = p.decoded.get(term);
    if (cached) return cached;
    var list;
    if (p.sharded) {
      var shard = postingsShard(p, term);
      if (!needPostingsShard(p, shard)) return { df: 0, docs: [], codes: [], sums: null };
      list = decodePostings(p.postingTexts[term], scoringOf(p), longList(p.manifest.postings[shard]) ? p.bodies : null);
    } else {
      list = decodePostings(p.index.postings[term]);
    }
    p.decoded.set(term, list);
    return list;
  }

  /* A postings string read in one pass into typed arrays: {df, docs, codes}. With `scoring` (a
     shard's string, where each entry is followed by the lengths of the fields its code says the
     term is in: names, summary, body), also `sums`: what fieldSums finds from those lengths, in
     the same order of operations, with no table of every entry's lengths; with `bodies` too (a
     long list's string, which leaves the body's length out), the body lengths are that table's
     (the `l0` shard, by entry). What a plain loop over every number and the formula give
     (tested against them: plainPostings and plainSum in the tests). The first search after a
     page opens runs this before the code is compiled, so each number is read by the same few
     lines written out where it is needed: a function per number made a cold read of a
     95,000-entry list about 15-40% slower (Node, side by side). */
  function decodePostings(text, scoring, bodies) {
    var df = Math.min(firstNumber(text), text.length), docs = new Int32Array(df), codes = new Uint8Array(df);
    var sums = scoring ? new Float64Array(df) : null;
    var averages = scoring && scoring.averages, k1 = scoring && scoring.k1, b = scoring && scoring.b;
    var w = scoring && scoring.weights, body = scoring && scoring.body;
    var at = 0, value, factor, digit, doc = 0;
    do { digit = DIGIT[text.charCodeAt(at++) & 127]; } while (digit & 32);
    for (var entry = 0; entry < df; entry++) {
      value = 0; factor = 1;
      do { digit = DIGIT[text.charCodeAt(at++) & 127]; value += (digit & 31) * factor; factor *= 32; } while (digit & 32);
      doc = entry === 0 ? value : doc + value; docs[entry] = doc;
      value = 0; factor = 1;
      do { digit = DIGIT[text.charCodeAt(at++) & 127]; value += (digit & 31) * factor; factor *= 32; } while (digit & 32);
      var code = value;
      codes[entry] = code;
      if (!scoring) continue;
      var f0 = (code >> 5) & 3, f1 = (code >> 3) & 3, f2 = body[code & 7], sum = 0.0;
      if (f0 > 0) {
        value = 0; factor = 1;
        do { digit = DIGIT[text.charCodeAt(at++) & 127]; value += (digit & 31) * factor; factor *= 32; } while (digit & 32);
        sum += w[0] * field(k1, f0, value, averages[0], b[0]);
      }
      if (f1 > 0) {
        value = 0; factor = 1;
        do { digit = DIGIT[text.charCodeAt(at++) & 127]; value += (digit & 31) * factor; factor *= 32; } while (digit & 32);
        sum += w[1] * field(k1, f1, value, averages[1], b[1]);
      }
      if (code & 7) {
        if (bodies) {
          value = bodies[doc];
        } else {
          value = 0; factor = 1;
          do { digit = DIGIT[text.charCodeAt(at++) & 127]; value += (digit & 31) * factor; factor *= 32; } while (digit & 32);
        }
        if (f2 > 0) sum += w[2] * field(k1, f2, value, averages[2], b[2]);
      }
      sums[entry] = sum;
    }
    return { df: df, docs: docs, codes: codes, sums: sums };
  }

  /* The BM25 settings a ranking scores with, gathered once. */
  function scoringOf(p) {
    if (!p.scoring) {
      var s = p.settings;
      p.scoring = { averages: p.index.averages, k1: s.k1, b: s.b, weights: s.weights, body: s.bodyFrequency };
    }
    return p.scoring;
  }

  /* Numbers of the terms that start with `prefix`, in order. */
  function termsWithPrefix(p, prefix) {
    var found = [];
    if (!p.sharded) {
      var terms = p.index.terms;
      for (var i = 0; i < terms.length; i++) if (terms[i].startsWith(prefix)) found.push(i);
      return found;
    }
    var shards = prefixShards(p, prefix);
    if (!shards.every(function (shard) { return need(p, 'd' + shard); })) return found;
    shards.forEach(function (shard) {
      var first = p.manifest.dictionary[shard][1], terms = p.loaded.get('d' + shard).terms;
      for (var k = 0; k < terms.length; k++) if (terms[k][0].startsWith(prefix)) found.push(first + k);
    });
    return found;
  }

  /* Calls `visit(number, term)` for every term (but `@` terms) a typo may reach from a word
     of `shortest` to `longest` characters; `false` when the shards for it are not loaded yet. */
  function typoTerms(p, shortest, longest, visit) {
    if (!p.sharded) {
      var terms = p.index.terms;
      for (var i = 0; i < terms.length; i++) if (terms[i].charCodeAt(0) !== 64 /* @ */) visit(i, terms[i]);
      return true;
    }
    var lengths = p.manifest.typo.filter(function (length) { return length >= shortest && length <= longest; });
    if (lengths.filter(function (length) { return !need(p, 'y' + length); }).length) return false;
    lengths.forEach(function (length) {
      for (var entry of p.loaded.get('y' + length).terms) visit(entry[0], entry[1]);
    });
    return true;
  }

  /* The entry a name (terms joined by spaces) belongs to: {doc, strict}, or undefined. */
  function nameOf(p, key) {
    if (p.sharded && !need(p, namesShard(p, key))) return undefined;
    return p.names.get(key);
  }

  /* What a result shows of entry `doc`: [id, kind number, title, summary], or null while its
     shard is not loaded (nor the text of a postings shard's `top`). */
  function docText(p, doc) {
    if (!p.sharded) return p.index.docs[doc];
    var shard = 'c' + Math.floor(doc / p.manifest.content);
    if (p.loaded.has(shard)) return p.loaded.get(shard).docs[doc % p.manifest.content];
    if (p.tops.has(doc)) return p.tops.get(doc);
    need(p, shard);
    return null;
  }

  /* The kind number of entry `doc` (-1 while its shard is not loaded). */
  function kindOf(p, doc) {
    if (!p.sharded) return p.index.docs[doc][1];
    var shard = 'k' + Math.floor(doc / p.manifest.kinds);
    if (!need(p, shard)) return -1;
    return p.kinds[doc];
  }

  /* ---- the shards (BrowserIndex+Shards.swift): the manifest names them; a search that meets
     one not loaded yet notes its id (missingShards), gives no results, and is asked again once
     the page has loaded it (addShard) ---- */

  /* The store of a sharded index. A term with a postings shard of its own is named whole in the
     manifest, with its number: it is known before any dictionary shard comes in (a common word
     needs no dictionary shard of its own, only its postings). Such a shard marked 2 also holds
     the names whose first term is its term (`nameHolders`, shard by term). */
  function shardedStore(index) {
    var manifest = index.shards, termNumber = new Map(), termText = [], nameHolders = new Map();
    manifest.postings.forEach(function (entry, shard) {
      if (longList(entry)) { termNumber.set(entry[0], entry[1]); termText[entry[1]] = entry[0]; }
      if (entry[2] === HOLDS_NAMES) nameHolders.set(entry[0], shard);
    });
    return {
      sharded: true, manifest: manifest, count: manifest.count, loaded: new Map(), missing: new Set(),
      termNumber: termNumber, termText: termText, nameHolders: nameHolders, df: new Int32Array(manifest.termCount), names: new Map(),
      postingTexts: [], tops: new Map(), kinds: new Int32Array(manifest.count)
    };
  }

  /* Whether shard `id` is loaded; notes it as missing when not. */
  function need(p, id) {
    if (p.loaded.has(id)) return true;
    p.missing.add(id);
    p.lacking = true;
    return false;
  }

  /* Compares strings by code points (the order of their UTF-8 bytes, as the build sorts terms). */
  function compare(a, b) {
    var length = Math.min(a.length, b.length);
    for (var i = 0; i < length; i++) {
      var x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x === y) continue;
      var xs = x >= 0xd800 && x < 0xe000, ys = y >= 0xd800 && y < 0xe000;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
    return a.length - b.length;
  }

  /* The number of the last item of `sorted` not after `value` (0 when none is). */
  function below(sorted, value, by) {
    var low = 0, high = sorted.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      var item = by ? by(sorted[middle]) : sorted[middle];
      if (by ? compare(value, item) < 0 : value < item) high = middle - 1; else low = middle;
    }
    return low;
  }

  function firstTerm(entry) { return entry[0]; }

  /* Whether a postings shard (its manifest entry: place, first term number, 0, 1 or HOLDS_NAMES)
     is one term's: a long list, whose body lengths are in `l0`. HOLDS_NAMES: one term's, with
     the names whose first term is its term. */
  var HOLDS_NAMES = 2;
  function longList(entry) { return entry[2] >= 1; }

  /* The dictionary shard where `key` (a term, or a name) is or would be. */
  function dictionaryShard(p, key) { return 'd' + below(p.manifest.dictionary, key, firstTerm); }

  function itself(key) { return key; }

  /* The postings shard of term number `term`. */
  function postingsShard(p, term) {
    var table = p.manifest.postings, low = 0, high = table.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (term < table[middle][1]) high = middle - 1; else low = middle;
    }
    return low;
  }

  /* The postings shard that holds `term` if the index has it: for a shard of one term, only when
     it is that term (so a word the index lacks loads no big list). */
  function postingsShardOfTerm(p, term) {
    var table = p.manifest.postings, shard = below(table, term, firstTerm);
    return longList(table[shard]) && table[shard][0] !== term ? -1 : shard;
  }

  /* Notes postings shard `shard` as needed, and the lengths shard with a long list's (a shard of
     one term); whether both are loaded. */
  function needPostingsShard(p, shard) {
    var loaded = need(p, 'p' + shard);
    return longList(p.manifest.postings[shard]) ? need(p, 'l0') && loaded : loaded;
  }

  /* The shard where the names of `key` are, if any: the postings shard of its first term when
     that holds them, else a names shard. */
  function namesShard(p, key) {
    var space = key.indexOf(' '), holder = p.nameHolders.get(space < 0 ? key : key.slice(0, space));
    return holder === undefined ? 'n' + below(p.manifest.names, key, itself) : 'p' + holder;
  }

  /* The dictionary shards that may hold terms starting with `prefix`. */
  function prefixShards(p, prefix) { return shardsFrom(p.manifest.dictionary, prefix); }

  /* The shards of a table (dictionary or postings) that may hold terms starting with `prefix`. */
  function shardsFrom(table, prefix) {
    var shard = below(table, prefix, firstTerm), shards = [shard];
    while (shard + 1 < table.length && table[shard + 1][0].startsWith(prefix)) shards.push(++shard);
    return shards;
  }

  /* The postings shards of the terms that start with `prefix`, when they are at most
     PREFIX_POSTINGS_SHARDS (a shard of one term only when its term does): loaded with the
     dictionary, they save the round that would follow it. More would load postings that the
     `maxPrefixTerms` most frequent terms may not need. */
  var PREFIX_POSTINGS_SHARDS = 3;
  function prefixPostingsShards(p, prefix) {
    var table = p.manifest.postings, shards = shardsFrom(table, prefix);
    if (shards.length > PREFIX_POSTINGS_SHARDS) return [];
    return shards.filter(function (shard) { return !longList(table[shard]) || table[shard][0].startsWith(prefix); });
  }

  /* Takes in names ([key, doc, strict, @id term number], as a names shard has them); the first
     of a key is its name, as in the single index. */
  function addNames(p, names) {
    for (var n of names) if (!p.names.has(n[0])) p.names.set(n[0], { doc: n[1], strict: n[2] === 1, concept: n[3] });
  }

  /* Takes in shard `id` (the object its file hands to `seamShard`). */
  function addShard(index, id, data) {
    var p = prepare(index);
    if (!p.sharded || p.loaded.has(id) || !data) return;
    var kind = id.charAt(0), number = Number(id.slice(1)), manifest = p.manifest, k;
    if (kind === 'd') {
      var first = manifest.dictionary[number][1];
      for (k = 0; k < data.terms.length; k++) {
        p.termNumber.set(data.terms[k][0], first + k);
        p.termText[first + k] = data.terms[k][0];
        p.df[first + k] = data.terms[k][1];
      }
    } else if (kind === 'n') {
      addNames(p, data.names);
    } else if (kind === 'p') {
      for (k = 0; k < data.postings.length; k++) p.postingTexts[manifest.postings[number][1] + k] = data.postings[k];
      if (longList(manifest.postings[number])) p.df[manifest.postings[number][1]] = firstNumber(data.postings[0]);
      if (data.names) addNames(p, data.names);
      for (var top of data.top || []) p.tops.set(top[0], top.slice(1));
    } else if (kind === 'y') {
      for (var entry of data.terms) { p.termText[entry[0]] = entry[1]; p.df[entry[0]] = entry[2]; }
    } else if (kind === 'l') {
      p.bodies = decodeInto(data.lengths, new Int32Array(p.count));
    } else if (kind === 'k') {
      decodeInto(data.kinds, p.kinds.subarray(number * manifest.kinds, (number + 1) * manifest.kinds));
    }
    p.loaded.set(id, data);
    p.missing.delete(id);
    /* A shard of one term is a long list a search asked for: read it and score it now (or as soon
       as the lengths have come), while the other shards of the round are still on their way, not
       all at once when the last one has come. */
    if (kind === 'p' && longList(manifest.postings[number]) && p.bodies) postings(p, manifest.postings[number][1]);
    if (kind === 'l') {
      manifest.postings.forEach(function (entry, shard) {
        if (longList(entry) && p.loaded.has('p' + shard)) postings(p, entry[1]);
      });
    }
  }

  /* The ids of the shards searches have lacked since the last call (none for a single index):
     the lengths first (every long list waits for them), then postings, the biggest (a browser
     opens only a few connections to a host at once, six over HTTP/1.1, so the others would hold
     them up), then the rest, each group in the order asked (a stable sort). */
  function missingShards(index) {
    var p = prepare(index);
    if (!p.sharded) return [];
    var ids = Array.from(p.missing);
    p.missing.clear();
    var rank = function (id) { return id[0] === 'l' ? 0 : id[0] === 'p' ? 1 : 2; };
    return ids.sort(function (a, b) { return rank(a) - rank(b); });
  }

  /* The address of shard `id` from the site's root. */
  function shardPath(index, id) { return index.shards.path + id + '.js'; }

  /* Before planning: the dictionary shards of every word of the query (and, for the last word,
     of the terms it may be the start of), the names shards of every run of words that may be
     a name, the postings the words lead to and, for a search of one kind, the kinds shards, so
     that one round loads them all. */
  function needDictionary(p, query, kind) {
    /* with a kind, the kind of every entry, so that the ranking runs once */
    if (kind) for (var shard = 0; shard * p.manifest.kinds < p.count; shard++) need(p, 'k' + shard);
    var tokens = [], run = [];
    function names() {
      for (var start = 0; start < run.length; start++) {
        for (var length = 1; length <= p.settings.maxNameWords && start + length <= run.length; length++) {
          need(p, namesShard(p, run.slice(start, start + length).map(function (t) { return t.term; }).join(' ')));
        }
      }
      run = [];
    }
    query.parts.forEach(function (part) {
      if (part.word) { run.push(part.word); } else { names(); }
      tokens = tokens.concat(part.word ? [part.word] : part.phrase);
    });
    names();
    var onlyStopWords = tokens.every(function (token) { return p.settings.stopWords.has(token.word); });
    tokens.forEach(function (token, position) {
      lookup(p, token.word);
      lookup(p, token.term);
      /* in the same round the postings of the word itself, of its synonyms and of its related
         words (a stop word's only when it is all the query has), as wordClause takes them */
      if (onlyStopWords || !p.settings.stopWords.has(token.word)) {
        var also = synonymsOf(p.settings, token.term).concat(meaning && p.index.related ? meaning.relatedTerms(p.index.related, token.term) : []);
        [token.term].concat(also).forEach(function (term) {
          lookup(p, term);
          var shard = postingsShardOfTerm(p, term);
          if (shard >= 0) needPostingsShard(p, shard);
        });
      }
      /* as wordClause and correctedForNames expand it: two letters or more, no digits */
      if (position === tokens.length - 1 && query.endsInWord && Array.from(token.word).length >= 2 && !NUMBER.test(token.word)) {
        [token.word, token.term].forEach(function (prefix) {
          prefixShards(p, prefix).forEach(function (shard) { need(p, 'd' + shard); });
          prefixPostingsShards(p, prefix).forEach(function (shard) { needPostingsShard(p, shard); });
        });
      }
    });
  }

  function idf(df, count) { return Math.log(1 + (count - df + 0.5) / (df + 0.5)); }

  function field(k1, frequency, length, average, b) {
    return frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / Math.max(average, 1)));
  }

  /* The BM25 score of every entry of postings `list` for a term of idf `idfValue`, into `scores`:
     the list's field sums (fieldSums) times the idf. */
  function termScores(p, list, idfValue, scores) {
    var sums = sumsOf(p, list);
    for (var i = 0; i < list.df; i++) scores[i] = idfValue * sums[i];
  }

  /* The field sums of `list`, found once and kept with it. */
  function sumsOf(p, list) { return list.sums || (list.sums = fieldSums(p, list)); }

  /* What a term scores in each entry of its postings `list` before the idf: per field the term is
     in (names, summary, body, in that order), its weight times the term's saturated frequency
     there, summed. The same for every query, so found once per list and kept with it (a shard's
     list comes with them, decodePostings). */
  function fieldSums(p, list) {
    var lengths = p.lengths, sc = scoringOf(p), averages = sc.averages, k1 = sc.k1, b = sc.b, w = sc.weights, body = sc.body;
    var sums = new Float64Array(list.df);
    for (var i = 0; i < list.df; i++) {
      var code = list.codes[i], at = 3 * list.docs[i];
      var f0 = (code >> 5) & 3, f1 = (code >> 3) & 3, f2 = body[code & 7];
      var sum = 0.0;
      if (f0 > 0) sum += w[0] * field(k1, f0, lengths[at], averages[0], b[0]);
      if (f1 > 0) sum += w[1] * field(k1, f1, lengths[at + 1], averages[1], b[1]);
      if (f2 > 0) sum += w[2] * field(k1, f2, lengths[at + 2], averages[2], b[2]);
      sums[i] = sum;
    }
    return sums;
  }

  function rounded(value) { return Math.round(value * 1000000) / 1000000; }

  /* ---- queries ---- */

  function parse(s, text) {
    var maxWords = s.maxQueryWords;
    if (typeof text !== 'string' || text.length > s.maxQueryLength) return null;
    text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    var parts = [], words = 0;
    var pieces = text.split('"');
    for (var i = 0; i < pieces.length; i++) {
      var tokens = tokenizeWith(s, pieces[i]);
      if (i % 2 === 1) {
        var kept = tokens.slice(0, maxWords - words);
        words += kept.length;
        if (kept.length === 1) parts.push({ word: kept[0] });
        else if (kept.length > 1) parts.push({ phrase: kept });
      } else {
        for (var t of tokens) {
          if (words >= maxWords) break;
          parts.push({ word: t });
          words += 1;
        }
      }
    }
    if (parts.length === 0) return null;
    var last = Array.from(text).pop();
    var endsInWord = last !== undefined && !/\s/u.test(last) && last !== '"';
    return { text: text, parts: parts, endsInWord: endsInWord && words < maxWords + 1 };
  }

  /* Typos a word of `length` letters may have: `typoLengths` gives the lengths from which one, then two, are allowed. */
  function allowedEdits(s, length) { return length >= s.typoLengths[1] ? 2 : (length >= s.typoLengths[0] ? 1 : 0); }

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
    var found = [];
    typoTerms(p, query.length - edits, query.length + edits, function (i, t) {
      /* cheap bounds first: a string has at least length / 2 and at most length code points */
      if (t.length + edits < query.length || t.length > 2 * (query.length + edits)) return;
      var scalars = Array.from(t);
      if (scalars.length + edits < query.length || scalars.length > query.length + edits) return;
      var d = distance(query, scalars, edits);
      if (d >= 0) found.push({ term: i, distance: d, df: documentFrequency(p, i) });
    });
    found.sort(function (x, y) { return x.distance - y.distance || y.df - x.df || x.term - y.term; });
    var best = found.slice(0, 20);
    return unordered ? best : best.sort(function (x, y) { return x.term - y.term; });
  }

  function synonymsOf(s, term) {
    var result = [];
    for (var stems of s.synonyms) {
      if (stems.indexOf(term) < 0) continue;
      for (var other of stems) if (other !== term && result.indexOf(other) < 0) result.push(other);
    }
    return result;
  }

  function termsOf(s, text) { return tokenizeWith(s, text).map(function (t) { return t.term; }); }

  function findName(p, tokens, start) {
    var longest = Math.min(p.settings.maxNameWords, tokens.length - start);
    for (var length = longest; length >= 1; length--) {
      var key = tokens.slice(start, start + length).map(function (t) { return t.term; }).join(' ');
      var found = nameOf(p, key);
      if (!found) continue;
      if (length === 1 && p.settings.stopWords.has(tokens[start].word) && !tokens[start].upper) continue;
      return { doc: found.doc, length: length, concept: found.concept };
    }
    return null;
  }

  /* For finding names only: a word the index lacks, replaced by its closest indexed word. */
  function correctedForNames(p, token, prefix) {
    var edits = allowedEdits(p.settings, Array.from(token.word).length);
    if (edits === 0 || lookup(p, token.term) !== null || NUMBER.test(token.word)) return token;
    if (prefix && termsWithPrefix(p, token.word).length > 0) return token;
    var best = typoCandidates(p, token.term, edits, true)[0];
    if (!best) return token;
    return { word: token.word, term: termAt(p, best.term), start: token.start, end: token.end, upper: token.upper };
  }

  function uniqueNumbers(values) {
    var seen = new Set(), out = [];
    for (var v of values) if (!seen.has(v)) { seen.add(v); out.push(v); }
    return out;
  }

  /* A run of query words that names an entry (its title or an alias): it marks the words typed
     (as corrected to the name, too), and in that entry's own snippet the words of its title, so
     that an abbreviation marks what it stands for (`forDoc`). */
  function nameClause(p, name, tokens, corrected) {
    var doc = name.doc, s = p.settings;
    var highlight = new Set(tokens.concat(corrected).map(function (t) { return t.term; }));
    var alternatives = [];
    /* the shards' names carry the number of the entry's @id term (-1 for none) */
    var concept = name.concept !== undefined ? (name.concept >= 0 ? name.concept : null) : lookup(p, '@' + p.index.docs[doc][0]);
    if (concept !== null) alternatives.push({ terms: [concept], weight: s.match.exact });
    var words = tokens.filter(function (t) { return !s.stopWords.has(t.word); }).map(function (t) { return t.term; });
    var ids = uniqueNumbers(words.map(function (w) { return lookup(p, w); }).filter(function (n) { return n !== null; }));
    if (words.length > 0 && new Set(words).size === ids.length) {
      alternatives.push({ terms: ids, weight: ids.length === 1 ? s.match.exact : s.match.nameWords });
    }
    return { alternatives: alternatives, highlight: highlight, forDoc: doc };
  }

  function phraseClause(p, tokens) {
    var terms = tokens.map(function (t) { return t.term; });
    var ids = uniqueNumbers(terms.map(function (w) { return lookup(p, w); }).filter(function (n) { return n !== null; }));
    var complete = new Set(terms).size === ids.length;
    return { alternatives: complete ? [{ terms: ids, weight: p.settings.match.exact, phrase: terms }] : [], highlight: new Set(terms) };
  }

  function wordClause(p, token, prefix) {
    var alternatives = [], highlight = new Set([token.term]), match = p.settings.match;
    var exact = lookup(p, token.term);
    if (exact !== null) alternatives.push({ terms: [exact], weight: match.exact });
    for (var synonym of synonymsOf(p.settings, token.term)) {
      var found = lookup(p, synonym);
      if (found === null) continue;
      alternatives.push({ terms: [found], weight: match.synonym });
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
        .slice(0, p.settings.maxPrefixTerms).map(function (x) { return x[0]; })
        .sort(function (x, y) { return x - y; });
      for (var t of chosen) {
        alternatives.push({ terms: [t], weight: match.prefix });
        highlight.add(termAt(p, t));
        expanded = true;
      }
    }
    var edits = allowedEdits(p.settings, length);
    if (exact === null && !expanded && edits > 0 && !hasDigits && alternatives.length === 0) {
      for (var c of typoCandidates(p, token.term, edits)) {
        alternatives.push({ terms: [c.term], weight: c.distance === 1 ? match.oneTypo : match.twoTypos });
        highlight.add(termAt(p, c.term));
      }
    }
    if (alternatives.length > 1) {
      /* every way of matching the word shares the idf of all the entries they match */
      var seen = new Uint8Array(p.count), union = 0;
      for (var a of alternatives) {
        var list = postings(p, a.terms[0]);
        for (var i = 0; i < list.df; i++) if (!seen[list.docs[i]]) { seen[list.docs[i]] = 1; union += 1; }
      }
      var shared = idf(union, p.count);
      for (var b of alternatives) b.idf = shared;
    }
    relatedAlternatives(p, token, alternatives, highlight);
    return { alternatives: alternatives, highlight: highlight };
  }

  /* Words that mean nearly the same as the token's (search-meaning.js), each its own alternative
     with its own idf, marked `related` so that the plain ranking leaves them out. */
  function relatedAlternatives(p, token, alternatives, highlight) {
    if (!p.index.related || !meaning) return;
    var taken = new Set(alternatives.map(function (a) { return a.terms[0]; }));
    for (var word of meaning.relatedTerms(p.index.related, token.term)) {
      var found = lookup(p, word);
      if (found === null || taken.has(found)) continue;
      taken.add(found);
      alternatives.push({ terms: [found], weight: p.settings.match.related, related: true });
      highlight.add(word);
    }
  }

  function plan(p, query) {
    var stopWords = p.settings.stopWords;
    var onlyStopWords = query.parts.every(function (part) { return part.word && stopWords.has(part.word.word); });
    var clauses = [], run = [], runEndsQuery = false;
    function flush() {
      var corrected = run.map(function (token, offset) {
        return correctedForNames(p, token, runEndsQuery && offset === run.length - 1 && query.endsInWord);
      });
      var position = 0;
      while (position < run.length) {
        var name = findName(p, corrected, position);
        if (name) {
          clauses.push(nameClause(p, name, run.slice(position, position + name.length), corrected.slice(position, position + name.length)));
          position += name.length;
          continue;
        }
        var token = run[position];
        var isLast = runEndsQuery && position === run.length - 1;
        position += 1;
        if (stopWords.has(token.word) && !onlyStopWords) continue;
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

  /* The entries alternative `a` matches, in order, with their scores: {docs, scores, length}
     (arrays of the postings or of `scratch`, the tallies, valid until the next call). */
  function matches(p, a, scratch) {
    var count = p.count, list, i;
    if (a.terms.length === 1) {
      list = postings(p, a.terms[0]);
      termScores(p, list, a.idf !== undefined ? a.idf : idf(list.df, count), scratch.scores);
      return { docs: list.docs, scores: scratch.scores, length: list.df };
    }
    /* the entries in every term's postings, found by walking the shortest list and looking each
       entry up in the others (all in entry order), with every term's score summed in the order
       of the terms */
    var lists = a.terms.map(function (term) { return postings(p, term); });
    var idfs = lists.map(function (l) { return idf(l.df, count); });
    var sums = lists.map(function (l) { return sumsOf(p, l); });
    var shortest = 0, k;
    for (k = 1; k < lists.length; k++) if (lists[k].df < lists[shortest].df) shortest = k;
    if (!scratch.docs) scratch.docs = new Int32Array(count);
    var from = new Int32Array(lists.length), at = new Int32Array(lists.length), n = 0;
    for (i = 0; i < lists[shortest].df; i++) {
      var doc = lists[shortest].docs[i], inAll = true;
      for (k = 0; k < lists.length && inAll; k++) {
        at[k] = k === shortest ? i : firstNotBefore(lists[k].docs, lists[k].df, from[k], doc);
        from[k] = at[k];
        inAll = at[k] < lists[k].df && lists[k].docs[at[k]] === doc;
      }
      if (!inAll) continue;
      var sum = 0.0;
      for (k = 0; k < lists.length; k++) sum += idfs[k] * sums[k][at[k]];
      scratch.docs[n] = doc; scratch.scores[n] = sum; n += 1;
    }
    return { docs: scratch.docs, scores: scratch.scores, length: n };
  }

  /* The first position from `from` on in `docs` (sorted, `length` of them) whose entry is not
     before `doc`; `length` when there is none. Gallops, then halves. */
  function firstNotBefore(docs, length, from, doc) {
    var step = 1, low = from, high = from;
    while (high < length && docs[high] < doc) { low = high + 1; high += step; step *= 2; }
    if (high > length) high = length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (docs[middle] < doc) low = middle + 1; else high = middle;
    }
    return low;
  }

  /* Whether hit `x` ranks before hit `y`: more parts of the query matched, then the higher score,
     then the first entry. */
  function before(x, y) { return x.matched - y.matched > 0 || x.matched === y.matched && (x.score > y.score || x.score === y.score && x.doc < y.doc); }

  /* Whether hit `x` goes before `y` by score alone (the ranking by meaning). */
  function byScore(x, y) { return x.score > y.score || x.score === y.score && x.doc < y.doc; }

  /* The best `limit` hits by `goesBefore` (`before`, `byScore`), offered in the order of their
     entries and kept in order as they come (the rest never sorted). `worst` is the last hit kept
     once there are `limit` (null before): a later entry goes before it only with more parts
     matched or a higher score, so that the caller offers only those. */
  function topHits(limit, goesBefore) {
    return { limit: limit, goesBefore: goesBefore, hits: [], worst: limit > 0 ? null : { doc: -1, score: Infinity, matched: Infinity } };
  }

  function offer(top, doc, score, matched) {
    var hit = { doc: doc, score: score, matched: matched }, kept = top.hits, at = kept.length;
    while (at > 0 && top.goesBefore(hit, kept[at - 1])) at--;
    if (at >= top.limit) return;
    kept.splice(at, 0, hit);
    if (kept.length > top.limit) kept.pop();
    if (kept.length === top.limit) top.worst = kept[kept.length - 1];
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* The summary with the words of `terms` marked; stop words are never marked unless `stopWordsToo`
     (a query of stop words only). */
  function snippetOf(s, summary, terms, stopWordsToo) {
    var ranges = tokenizeWith(s, summary).filter(function (t) {
      return terms.has(t.term) && (stopWordsToo || !s.stopWords.has(t.word));
    }).map(function (t) { return [t.start, t.end]; });
    var html = '', position = 0;
    for (var r of ranges) {
      html += escapeHTML(summary.slice(position, r[0])) + '<mark>' + escapeHTML(summary.slice(r[0], r[1])) + '</mark>';
      position = r[1];
    }
    html += escapeHTML(summary.slice(position));
    return { text: summary, highlights: ranges, html: html };
  }

  /* The entries that match `clauses`, best first, in two rankings made in one pass over the postings,
     each kept to its best `keep.words` or `keep.meaning` hits (never sorted whole).
     By words (`words`): those matching the most clauses first, then by score, without related words.
     By meaning (`meaning`): through related words too, by score alone. `hit(doc)` is any entry's
     hit in the ranking by meaning. */
  function ranked(p, clauses, kind, keep) {
    var t = tallies(p, clauses.some(function (c) { return c.alternatives.some(function (a) { return a.related; }); }));
    for (var clause of clauses) {
      if (clause.alternatives.length === 1) { addAlone(t, matches(p, clause.alternatives[0], t), clause.alternatives[0]); continue; }
      var touched = 0;
      for (var alternative of clause.alternatives) touched = keepBest(t, matches(p, alternative, t), alternative, touched);
      addBest(t, touched);
    }
    return best(p, t, kind, keep);
  }

  /* The one alternative of a clause: its weighted score is each entry's best, added to its
     tallies at once (what keepBest and addBest come to, in one loop). */
  function addAlone(t, found, alternative) {
    var weight = alternative.weight, docs = found.docs, scores = found.scores, words = t.words, widened = t.widened;
    var alsoWords = words !== widened && alternative.related !== true;
    for (var m = 0; m < found.length; m++) {
      var doc = docs[m], weighted = scores[m] * weight;
      widened.scores[doc] += weighted; widened.matched[doc] += 1;
      if (alsoWords) { words.scores[doc] += weighted; words.matched[doc] += 1; }
    }
  }

  /* Keeps, for each entry `found` holds, its score times the alternative's weight when it is the
     best in the clause so far, by meaning and (but for related words) by words. Entries met first
     in the clause are noted in `t.touched` after the `touched` there; returns how many are noted.
     (Each loop of a ranking is a function of its own: the first search after a page opens runs it
     compiled, not the whole ranking.) */
  function keepBest(t, found, alternative, touched) {
    var weight = alternative.weight, related = alternative.related === true, docs = found.docs, scores = found.scores;
    var wordsBest = t.words.best, widenedBest = t.widened.best, noted = t.touched, both = wordsBest !== widenedBest;
    for (var m = 0; m < found.length; m++) {
      var doc = docs[m], weighted = scores[m] * weight;
      if (widenedBest[doc] < 0) noted[touched++] = doc;
      if (weighted > widenedBest[doc]) widenedBest[doc] = weighted;
      if (both && !related && weighted > wordsBest[doc]) wordsBest[doc] = weighted;
    }
    return touched;
  }

  /* Adds the best score in the clause of each entry noted to its tallies (one more part of the
     query matched) and clears the bests for the next clause. */
  function addBest(t, touched) {
    var words = t.words, widened = t.widened, noted = t.touched, both = words !== widened;
    for (var j = 0; j < touched; j++) {
      var doc = noted[j];
      if (both && words.best[doc] >= 0) { words.scores[doc] += words.best[doc]; words.matched[doc] += 1; words.best[doc] = -1; }
      if (widened.best[doc] >= 0) { widened.scores[doc] += widened.best[doc]; widened.matched[doc] += 1; widened.best[doc] = -1; }
    }
  }

  /* The rankings of the tallies: by words to `keep.words` hits, by meaning to `keep.meaning`, of
     kind `kind` when given. Scores are rounded to six decimals (`rounded`, written out here) before
     they are compared, as in Swift. */
  function best(p, t, kind, keep) {
    var count = p.count, kinds = p.index.kinds, words = t.words, widened = t.widened;
    var byWords = topHits(keep.words, before), byMeaning = topHits(keep.meaning, byScore);
    var meaningBar = barOf(byMeaning, widened);
    for (var doc = 0; doc < count; doc++) {
      var matched = widened.matched[doc];
      if (matched === 0) continue;
      if (kind) {
        var number = kindOf(p, doc);
        if (number < 0 || kinds[number][0] !== kind) continue;
      }
      /* a raw score not above the last kept hit's is not above it rounded either: most entries
         are passed over without rounding their scores */
      var raw = widened.scores[doc];
      if (raw > meaningBar) {
        var score = Math.round(raw * 1000000) / 1000000;
        if (!byMeaning.worst || score > byMeaning.worst.score) {
          offer(byMeaning, doc, score, matched);
          meaningBar = barOf(byMeaning, widened);
        }
      }
      var worst = byWords.worst, wordsMatched = words.matched[doc];
      if (wordsMatched === 0) continue;
      if (worst && (wordsMatched < worst.matched || wordsMatched === worst.matched && words.scores[doc] <= words.scores[worst.doc])) continue;
      var wordsScore = Math.round(words.scores[doc] * 1000000) / 1000000;
      if (!worst || wordsMatched > worst.matched || wordsScore > worst.score) offer(byWords, doc, wordsScore, wordsMatched);
    }
    /* the hits by meaning of the entries either ranking kept */
    var hits = new Map();
    byMeaning.hits.forEach(function (hit) { hits.set(hit.doc, hit); });
    byWords.hits.forEach(function (hit) {
      if (!hits.has(hit.doc)) hits.set(hit.doc, { doc: hit.doc, score: rounded(widened.scores[hit.doc]), matched: widened.matched[hit.doc] });
    });
    return { words: byWords.hits, meaning: byMeaning.hits, hit: function (doc) { return hits.get(doc); } };
  }

  /* The raw score an entry must pass to be kept by `top` (hits by score alone), from tally `tally`:
     none (-Infinity) while it keeps fewer hits than it may, none can when it keeps none (NaN). */
  function barOf(top, tally) {
    if (!top.worst) return -Infinity;
    return top.worst.doc < 0 ? NaN : tally.scores[top.worst.doc];
  }

  /* The tallies a ranking adds up in, arrays of one number per entry made once per index and
     handed back cleared (`scores` and `matched` zero, `best` -1), with the room `matches` works
     in. Without `related` alternatives both rankings add up alike: `words` is then `widened`. */
  function tallies(p, related) {
    var count = p.count, t = p.tallies;
    if (!t) {
      t = p.tallies = { own: [tally(count)], touched: new Int32Array(count), scores: new Float64Array(count) };
    } else {
      t.own.forEach(function (own) { own.scores.fill(0); own.matched.fill(0); own.best.fill(-1); });
    }
    if (related && t.own.length === 1) t.own.push(tally(count));
    t.widened = t.own[0];
    t.words = related ? t.own[1] : t.own[0];
    return t;
  }

  function tally(count) { return { scores: new Float64Array(count), matched: new Uint8Array(count), best: new Float64Array(count).fill(-1) }; }

  /* The rankings by words and by meaning fused by reciprocal rank (search-meaning.js), the rest of
     the ranking by meaning after them; each hit keeps its score and matched count from the ranking
     by meaning. As Searcher.search in Swift. */
  function fused(p, rankings) {
    var s = p.settings.meaning;
    var order = meaning.fuse([rankings.words.slice(0, s.depth).map(function (h) { return h.doc; }),
                              rankings.meaning.slice(0, s.depth).map(function (h) { return h.doc; })], s.k);
    var taken = new Set(order.map(function (entry) { return entry.doc; }));
    return order.map(function (entry) { return rankings.hit(entry.doc); })
      .concat(rankings.meaning.filter(function (hit) { return !taken.has(hit.doc); }));
  }

  /* The clauses of a query and its hits, best first, or null while a shard they need is not
     loaded. With shards, each step stops at what is not loaded yet: the words, then the plan
     (typos, names), then the postings, then kinds. The last complete ranking is kept, for the
     same search asked again once the results' text is loaded. */
  function rankingOf(p, query, parsed, limit, kind) {
    var key = JSON.stringify([query, limit, kind || '', !!p.index.related]);
    if (p.ranking && p.ranking.key === key) return p.ranking;
    if (p.sharded) needDictionary(p, parsed, kind);
    if (p.lacking) return null;
    var clauses = plan(p, parsed);
    clauses.forEach(function (c) { c.alternatives.forEach(function (a) { a.terms.forEach(function (t) { postings(p, t); }); }); });
    if (p.lacking) return null;
    // The ranking by words to the fusion's `depth`; the ranking by meaning to `limit` too, as
    // Searcher.search keeps them (what follows the fused entries lies within its first `limit`).
    var depth = p.settings.meaning.depth;
    var hits = fused(p, ranked(p, clauses, kind, { words: depth, meaning: Math.max(limit, depth) }));
    if (p.lacking) return null;
    p.ranking = { key: key, clauses: clauses, hits: hits };
    return p.ranking;
  }

  /* Searches `index` for `query`: at most `limit` (default 10) results, best first; `kind`
     keeps one kind. Returns [] for an empty or over-long query. */
  function search(index, query, limit, kind) {
    if (!index || !(index.docs || index.shards)) return [];
    var p = prepare(index);
    var parsed = parse(p.settings, query);
    if (!parsed) return [];
    if (limit === undefined || limit === null) limit = 10;
    p.lacking = false;
    var ranking = rankingOf(p, query, parsed, limit, kind);
    if (!ranking) return [];
    var clauses = ranking.clauses, hits = ranking.hits;
    var kinds = index.kinds;
    var terms = new Set();
    clauses.forEach(function (c) { c.highlight.forEach(function (t) { terms.add(t); }); });
    var stopWordsToo = parsed.parts.every(function (part) { return part.word && p.settings.stopWords.has(part.word.word); });
    var shown = hits.slice(0, Math.max(0, limit));
    shown.forEach(function (hit) { docText(p, hit.doc); });
    if (p.lacking) return [];
    return shown.map(function (hit) {
      var d = docText(p, hit.doc);
      var k = kinds[d[1]];
      var marked = terms;
      clauses.forEach(function (c) {
        if (c.forDoc !== hit.doc) return;
        marked = new Set(marked);
        termsOf(p.settings, d[2]).forEach(function (t) { marked.add(t); });
      });
      var snippet = snippetOf(p.settings, d[3], marked, stopWordsToo);
      return {
        id: d[0], kind: k[0], kindLabel: k[2], title: d[2], summary: d[3],
        snippet: snippet.text, highlights: snippet.highlights, snippetHTML: snippet.html,
        url: k[1] + '/' + d[0] + '.html', score: hit.score, matched: hit.matched
      };
    });
  }

  /* The name of `kind` for a reader, from the index; the kind itself when the index lacks it. */
  function kindLabel(index, kind) {
    var kinds = (index && index.kinds) || [];
    for (var i = 0; i < kinds.length; i++) if (kinds[i][0] === kind && kinds[i][2]) return kinds[i][2];
    return kind;
  }

  function tokenize(text, index) { return tokenizeWith(prepare(index).settings, text); }

  function stem(word, index) { return stemWith(prepare(index).settings, word); }

  var api = {
    search: search, kindLabel: kindLabel, tokenize: tokenize, stem: stem,
    missingShards: missingShards, addShard: addShard, shardPath: shardPath,
    /* the readers of base-64 digits (a table of numbers, a postings list) a search uses;
       the search through a list that finds the entries several terms share */
    decodeInto: decodeInto, decodePostings: decodePostings, firstNotBefore: firstNotBefore
  };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) root.SeamSearch = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
