/* Seam: the interface words. The build writes the `script` part of the theme's strings for the
 * site's language to assets/site-strings.js (window.SeamStrings, loaded before this), and this
 * serves them, so that no word a reader sees is written in the site's scripts.
 *
 *   window.Seam.strings.t(key, values) -> the message with its {name} placeholders filled from
 *     `values`; a plural ({by, one, other}) chosen by the number values[by]
 *   window.Seam.strings.parts(key, values) -> the same as a list of texts and the values put in
 *     (an element stays an element), for messages that hold a link
 *   window.Seam.strings.use(messages) -> sets the messages (tests; a page reads its own on load)
 */
(function (root) {
  'use strict';

  var messages = {};
  var PLACEHOLDER = /\{([A-Za-z0-9]+)\}/g;

  function has(object, key) { return object && Object.prototype.hasOwnProperty.call(object, key); }

  /* The message's text with its placeholders still in it; the key itself when there is none. */
  function pattern(key, values) {
    if (!has(messages, key)) return key;
    var message = messages[key];
    if (message && typeof message === 'object') return values && Number(values[message.by]) === 1 ? message.one : message.other;
    return String(message);
  }

  function parts(key, values) {
    var text = pattern(key, values), out = [], last = 0, match;
    PLACEHOLDER.lastIndex = 0;
    while ((match = PLACEHOLDER.exec(text))) {
      if (match.index > last) out.push(text.slice(last, match.index));
      out.push(has(values, match[1]) ? values[match[1]] : match[0]);
      last = PLACEHOLDER.lastIndex;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  function t(key, values) { return parts(key, values).map(String).join(''); }

  function use(given) { messages = given && typeof given === 'object' ? given : {}; }

  if (root && root.SeamStrings) use(root.SeamStrings);

  var api = { t: t, parts: parts, use: use };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root) (root.Seam = root.Seam || {}).strings = api;
})(typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : this));
