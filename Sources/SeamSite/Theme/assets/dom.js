/* Seam: the small DOM helpers the page scripts share (seam.js, assessment-page.js).
 *
 *   window.Seam.dom.el(tag, attributes, children) -> an element; strings become text nodes
 *   window.Seam.dom.append(node, children), .clear(node), .highlighted(text, ranges)
 *   window.Seam.dom.whenReady([setUp, ...]): runs each once the document is parsed; one that
 *     throws is logged and the others still run
 *
 * Text only ever goes in as text nodes: nothing here parses HTML.
 */
(function () {
  'use strict';

  var doc = document;

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

  function whenReady(parts) {
    function start() {
      parts.forEach(function (part) {
        try { part(); } catch (error) { if (window.console && console.error) console.error('seam:', error); }
      });
    }
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
    else start();
  }

  (window.Seam = window.Seam || {}).dom = { el: el, append: append, clear: clear, highlighted: highlighted, whenReady: whenReady };
})();
