/* Seam: the chart of an assessment result, drawn in the browser exactly as `seam assess --format
 * html` draws it (AssessmentResult.chartSVG in Swift; a test compares the two for every shipped
 * assessment). Plain ES2015, no DOM needed: it returns SVG markup in which every text is escaped.
 *
 *   window.SeamResultChart.svg(spec, result, id) -> "<svg ...>...</svg>"
 *
 * `spec` is the definition's `chart` (kind rows, scale or tallies), `result` what
 * window.SeamAssess.evaluate returns, `id` makes the title and description ids unique. Its words
 * come from window.Seam.strings (strings.js), in the site's language. */
(function (root) {
  "use strict";
  function t(key, values) { return root.Seam.strings.t(key, values); }
  var WIDTH = 640, LABEL_WIDTH = 300, MARGIN = 8, PER_LINE = 36;

  function escapeHTML(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
  function n(value) { return value === Math.round(value) ? String(Math.round(value)) : value.toFixed(1); }
  function text(content, x, y, anchor, className) {
    return "<text class=\"" + className + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor +
      "\" fill=\"currentColor\" font-size=\"13\">" + escapeHTML(content) + "</text>\n";
  }
  function line(className, x1, x2, y1, y2, extra) {
    return "<line class=\"" + className + "\" x1=\"" + n(x1) + "\" x2=\"" + n(x2) + "\" y1=\"" + n(y1) + "\" y2=\"" + n(y2) +
      "\" stroke=\"currentColor\"" + (extra ? " " + extra : "") + "/>\n";
  }
  var SYMBOLS = { good: "\u25CF", mixed: "\u25C6", bad: "\u25A0" };
  /* The class of a chosen mark and its shape by the rating's tone (a dot, a diamond, a square). */
  function markClassOf(tone) { return "chart-mark" + (tone ? " chart-" + tone : ""); }
  function mark(tone, x, y) {
    var c = markClassOf(tone);
    if (tone === "mixed") return "<path class=\"" + c + "\" d=\"M" + n(x) + " " + n(y - 8) + " l8 8 l-8 8 l-8 -8 z\" fill=\"currentColor\"/>\n";
    if (tone === "bad") return "<rect class=\"" + c + "\" x=\"" + n(x - 6.5) + "\" y=\"" + n(y - 6.5) + "\" width=\"13\" height=\"13\" fill=\"currentColor\"/>\n";
    return "<circle class=\"" + c + "\" cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"7\" fill=\"currentColor\"/>\n";
  }
  /* The tone shared by the ratings a tally counts, or null (as `ResultChartSpec.tone(of:)`). */
  function toneOf(spec, tally) {
    var tones = tally.ratings.map(function (id) {
      var rating = spec.ratings.filter(function (r) { return r.id === id; })[0];
      return rating && rating.tone ? rating.tone : null;
    });
    return tones.every(function (t) { return t === tones[0]; }) ? tones[0] : null;
  }
  function length(s) { return Array.from(s).length; }
  function wrap(label) {
    var lines = [], current = "";
    String(label).split(" ").filter(function (w) { return w.length; }).forEach(function (word) {
      if (!current) current = word;
      else if (length(current) + 1 + length(word) <= PER_LINE) current += " " + word;
      else { lines.push(current); current = word; }
    });
    if (current) lines.push(current);
    if (lines.length > 3) { lines = lines.slice(0, 3); lines[2] += "\u2026"; }
    return lines.length ? lines : [""];
  }
  function count(result, tally) {
    return result.answers.filter(function (a) { return a.group === tally.group && tally.ratings.indexOf(a.rating) >= 0; }).length;
  }
  /* "8 or more", with the outcome it gives (`gives`: "8 or more: Commercial"; else "... means ..."). */
  function orMore(boundary, gives) {
    if (!boundary.outcomeTitle) return t("chartOrMore", { value: boundary.value });
    return t(gives ? "chartOrMoreGives" : "chartOrMoreMeans", { value: boundary.value, outcome: boundary.outcomeTitle });
  }

  function chartLines(spec, result) {
    if (spec.kind === "rows") {
      return spec.rows.slice(0, result.answers.length).map(function (row, i) { return row.label + ": " + result.answers[i].counted_as; });
    }
    if (spec.kind === "scale") {
      if (!spec.scale) return [];
      var score = result.score == null ? 0 : result.score;
      return [t("chartTotal", { score: score, minimum: spec.scale.minimum, maximum: spec.scale.maximum })]
        .concat(spec.scale.boundaries.map(function (b) { return orMore(b, true); }));
    }
    return spec.tallies.map(function (tally) {
      var bounds = tally.boundaries.map(function (b) { return orMore(b, false); });
      return t("chartTallyLine", { title: tally.title, count: count(result, tally), total: tally.total, rating: tally.ratingLabel }) +
        (bounds.length ? " (" + bounds.join("; ") + ")" : "");
    });
  }

  function rows(spec, result) {
    var slot = 22, trackX = LABEL_WIDTH - 40, textX = trackX + Math.max(spec.ratings.length, 1) * slot + 12;
    var svg = "", y = 4;
    spec.rows.slice(0, result.answers.length).forEach(function (row, i) {
      var answer = result.answers[i], lines = wrap(row.label);
      var height = Math.max(34, lines.length * 17 + 12), middle = y + height / 2;
      svg += line("chart-rule", MARGIN, WIDTH - MARGIN, y, y, "stroke-opacity=\"0.25\"");
      var first = middle - (lines.length - 1) * 8.5 + 4.5;
      lines.forEach(function (l, k) { svg += text(l, MARGIN, first + k * 17, "start", "chart-label"); });
      spec.ratings.forEach(function (rating, k) {
        var x = trackX + (k + 0.5) * slot;
        svg += rating.id === answer.rating
          ? mark(rating.tone, x, middle)
          : "<circle class=\"chart-slot\" cx=\"" + n(x) + "\" cy=\"" + n(middle) + "\" r=\"4\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n";
      });
      svg += text(answer.counted_as, textX, middle + 4.5, "start", "chart-value");
      y += height;
    });
    svg += line("chart-rule", MARGIN, WIDTH - MARGIN, y, y, "stroke-opacity=\"0.25\"");
    return [svg, y + 4];
  }

  function scale(spec, result) {
    var s = spec.scale;
    if (!s || s.maximum <= s.minimum) return ["", 20];
    var left = 40, right = WIDTH - 40, step = (right - left) / (s.maximum - s.minimum), axisY = 70;
    function x(v) { return left + (v - s.minimum) * step; }
    var svg = line("chart-axis", left, right, axisY, axisY, "stroke-width=\"2\"");
    for (var v = s.minimum; v <= s.maximum; v++) {
      svg += line("chart-tick", x(v), x(v), axisY - 5, axisY + 5, "");
      svg += text(String(v), x(v), axisY + 22, "middle", "chart-label");
    }
    s.boundaries.forEach(function (b) {
      var bx = x(b.value - 0.5), onLeft = bx > WIDTH / 2;
      svg += line("chart-cutoff", bx, bx, axisY - 40, axisY + 30, "stroke-dasharray=\"5 4\"");
      svg += text(orMore(b, true), onLeft ? bx - 6 : bx + 6, axisY - 30, onLeft ? "end" : "start", "chart-heading");
    });
    var value = result.score == null ? s.minimum : result.score;
    svg += "<path class=\"chart-mark\" d=\"M" + n(x(value)) + " " + n(axisY - 4) + " l-8 -14 h16 z\" fill=\"currentColor\"/>\n";
    svg += text(t("chartYourTotal", { score: result.score == null ? 0 : result.score }), x(value), axisY + 44, "middle", "chart-value");
    return [svg, axisY + 56];
  }

  function tallies(spec, result) {
    var cell = 26, gap = 6, startX = LABEL_WIDTH, svg = "", y = 8;
    spec.tallies.forEach(function (tally) {
      var counted = count(result, tally), lines = wrap(tally.title), markClass = markClassOf(toneOf(spec, tally));
      var height = Math.max(60, lines.length * 17 + 30);
      lines.forEach(function (l, k) { svg += text(l, MARGIN, y + 22 + k * 17, "start", "chart-label"); });
      for (var i = 0; i < tally.total; i++) {
        var cx = startX + i * (cell + gap);
        svg += i < counted
          ? "<rect class=\"" + markClass + "\" x=\"" + n(cx) + "\" y=\"" + n(y + 8) + "\" width=\"" + n(cell) + "\" height=\"" + n(cell) + "\" rx=\"3\" fill=\"currentColor\"/>\n"
          : "<rect class=\"chart-slot\" x=\"" + n(cx) + "\" y=\"" + n(y + 8) + "\" width=\"" + n(cell) + "\" height=\"" + n(cell) + "\" rx=\"3\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n";
      }
      tally.boundaries.forEach(function (b) {
        if (b.value <= 0 || b.value > tally.total) return;
        var lx = startX + (b.value - 1) * (cell + gap) - gap / 2;
        svg += line("chart-cutoff", lx, lx, y + 2, y + 40, "stroke-width=\"2\" stroke-dasharray=\"4 3\"");
      });
      svg += text(t("chartTallyValue", { rating: tally.ratingLabel, count: counted, total: tally.total }), startX + tally.total * (cell + gap) + 8, y + 26, "start", "chart-value");
      var bounds = tally.boundaries.map(function (b) { return orMore(b, true); }).join("; ");
      if (bounds) svg += text(t("chartDashedLine", { bounds: bounds }), startX, y + 54, "start", "chart-note");
      y += height;
    });
    return [svg, y + 4];
  }

  function svg(spec, result, id) {
    var body = spec.kind === "rows" ? rows(spec, result) : spec.kind === "scale" ? scale(spec, result) : tallies(spec, result);
    var titleID = escapeHTML(id + "-title"), descID = escapeHTML(id + "-desc");
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"result-chart\" role=\"img\" viewBox=\"0 0 " + n(WIDTH) + " " + n(body[1]) +
      "\" width=\"" + n(WIDTH) + "\" height=\"" + n(body[1]) + "\" aria-labelledby=\"" + titleID + " " + descID + "\">\n" +
      "<title id=\"" + titleID + "\">" + escapeHTML(t("chartTitle", { title: result.title })) + "</title>\n" +
      "<desc id=\"" + descID + "\">" + escapeHTML(chartLines(spec, result).join(". ")) + "</desc>\n" + body[0] + "</svg>";
  }

  /* What the marks of a rows chart mean, for the chart's caption (as `ResultChartSpec.legend`). */
  function legend(spec) {
    if (spec.kind !== "rows" || spec.ratings.length < 2) return null;
    return t("chartLegend", { ratings: spec.ratings.map(function (r) { return (r.tone ? SYMBOLS[r.tone] + " " : "") + r.label; }).join(", ") });
  }

  /* The chart as rows of words, for widths where the picture would have to shrink: each row
   * {text, tone, symbol} (a rows chart gives each answer its rating's tone and mark). */
  function rowsInWords(spec, result) {
    var texts = chartLines(spec, result);
    return texts.map(function (content, i) {
      if (spec.kind !== "rows") return { text: content, tone: null, symbol: null };
      var rating = spec.ratings.filter(function (r) { return r.id === result.answers[i].rating; })[0];
      var tone = rating && rating.tone ? rating.tone : null;
      return { text: content, tone: tone, symbol: SYMBOLS[tone || "good"] };
    });
  }

  root.SeamResultChart = { svg: svg, legend: legend, rowsInWords: rowsInWords };
})(typeof window !== "undefined" ? window : globalThis);
