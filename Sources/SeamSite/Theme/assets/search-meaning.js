/*
 * Seam site search: words that mean nearly the same, for questions asked in the reader's own words.
 * The same steps as Sources/SeamSearch/RelatedWords.swift and Fusion.swift.
 *
 *   window.SeamSearchMeaning.relatedTerms(table, term) -> [term, ...]
 *   window.SeamSearchMeaning.fuse(rankings, k) -> [{doc, rank: [per ranking, or 0], fused}]
 *
 * `table` is what assets/search-related.js sets (`window.SeamSearchRelated`), written by the build
 * from the related-word table: {"format": "seam-related", "version": 1, "words": {term: "term term ..."}},
 * each key a stemmed, folded query word and its value the index's terms that mean nearly the same,
 * closest first, separated by spaces.
 */
(function (root) {
  'use strict';

  var VERSION = 1;

  /* The terms related to `term` in `table` (none for a missing or foreign table). */
  function relatedTerms(table, term) {
    if (!table || table.version !== VERSION || !table.words) return [];
    var found = Object.prototype.hasOwnProperty.call(table.words, term) ? table.words[term] : '';
    return found ? found.split(' ') : [];
  }

  /* Reciprocal rank fusion: each ranking (an array of documents, best first) gives a document
     1 / (k + its rank); documents sorted by the sum, then by their rank in the first ranking, then
     by number. */
  function fuse(rankings, k) {
    var entries = new Map();
    rankings.forEach(function (ranking, which) {
      ranking.forEach(function (doc, position) {
        var entry = entries.get(doc);
        if (!entry) { entry = { doc: doc, rank: rankings.map(function () { return 0; }), fused: 0 }; entries.set(doc, entry); }
        entry.rank[which] = position + 1;
        entry.fused += 1 / (k + position + 1);
      });
    });
    var fused = Array.from(entries.values());
    fused.sort(function (x, y) {
      var a = x.rank[0] || Infinity, b = y.rank[0] || Infinity;
      return y.fused - x.fused || a - b || x.doc - y.doc;
    });
    return fused;
  }

  var api = { relatedTerms: relatedTerms, fuse: fuse, version: VERSION };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) root.SeamSearchMeaning = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
