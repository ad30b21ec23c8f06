/* Seam assessment engine: evaluates an assessment definition (the JSON that SeamAssess's
 * Assessment.siteJSON() writes) for a set of answers, with the same semantics as the Swift
 * evaluator (Assessment.evaluate). Plain ES2015, no dependencies, no DOM access.
 *
 *   window.SeamAssess.evaluate(definition, {stage: "series-b-to-c", ...}) -> result
 *   window.SeamAssess.problems(definition, answers) -> {unknownQuestions, unknownOptions, missing}
 *
 * The result has the shape of `seam assess ID --format json`; what a scored answer counts as is in
 * the site's words (window.Seam.strings, from strings.js, loaded before this).
 */
(function (root) {
  "use strict";

  function has(object, key) {
    return object !== null && object !== undefined && Object.prototype.hasOwnProperty.call(object, key);
  }

  function findById(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  function inScope(condition, question) {
    if (has(condition, "group") && question.group !== condition.group) return false;
    if (has(condition, "questions") && condition.questions.indexOf(question.id) < 0) return false;
    return true;
  }

  function within(value, condition) {
    if (has(condition, "min") && value < condition.min) return false;
    if (has(condition, "max") && value > condition.max) return false;
    return true;
  }

  /* Whether `condition` holds; `chosen` maps question id to the chosen option object. */
  function holds(definition, condition, chosen) {
    var i;
    if (has(condition, "all")) {
      for (i = 0; i < condition.all.length; i++) if (!holds(definition, condition.all[i], chosen)) return false;
      return true;
    }
    if (has(condition, "any")) {
      for (i = 0; i < condition.any.length; i++) if (holds(definition, condition.any[i], chosen)) return true;
      return false;
    }
    if (has(condition, "not")) return !holds(definition, condition.not, chosen);
    if (has(condition, "count")) {
      var count = 0;
      definition.questions.forEach(function (question) {
        var option = chosen[question.id];
        if (inScope(condition, question) && option && has(option, "rating") && condition.count.indexOf(option.rating) >= 0) count++;
      });
      return within(count, condition);
    }
    if (has(condition, "score")) {
      var total = 0;
      definition.questions.forEach(function (question) {
        var option = chosen[question.id];
        if (inScope(condition, question) && option && has(option, "score")) total += option.score;
      });
      return within(total, condition);
    }
    if (has(condition, "answer")) {
      var answered = chosen[condition.answer];
      return !!answered && condition["in"].indexOf(answered.id) >= 0;
    }
    throw new Error("unknown rule: " + JSON.stringify(condition));
  }

  function unique(ids) {
    var seen = {}, result = [];
    ids.forEach(function (id) { if (!has(seen, id)) { seen[id] = true; result.push(id); } });
    return result;
  }

  function explanation(definition, ref) {
    var reference = has(definition.references, ref.id) ? definition.references[ref.id] : null;
    var anchor = ref.anchor ? ref.anchor : null;
    var result = {
      id: ref.id,
      kind: reference ? reference.kind : "",
      title: reference ? reference.title : ref.id,
      summary: reference ? reference.summary : ""
    };
    if (anchor) {
      result.anchor = anchor;
      if (reference && has(reference.sections, anchor)) result.section = reference.sections[anchor];
    }
    result.page = (reference ? reference.page : ref.id + ".html") + (anchor ? "#" + anchor : "");
    result.command = "seam show " + ref.id;
    return result;
  }

  function countedAs(definition, option) {
    if (has(option, "rating")) {
      var rating = findById(definition.ratings, option.rating);
      return rating ? rating.label : option.rating;
    }
    if (has(option, "score")) return root.Seam.strings.t("scorePoints", { count: option.score });
    return "";
  }

  /* Unknown questions, unknown options and missing answers, each listed. */
  function problems(definition, answers) {
    var result = { unknownQuestions: [], unknownOptions: [], missing: [] };
    Object.keys(answers).sort().forEach(function (questionId) {
      var question = findById(definition.questions, questionId);
      if (!question) { result.unknownQuestions.push(questionId); return; }
      if (!findById(question.options, String(answers[questionId]))) {
        result.unknownOptions.push({ question: questionId, option: String(answers[questionId]) });
      }
    });
    definition.questions.forEach(function (question) {
      if (!has(answers, question.id)) result.missing.push(question.id);
    });
    return result;
  }

  function evaluate(definition, answers) {
    var found = problems(definition, answers);
    if (found.unknownQuestions.length || found.unknownOptions.length || found.missing.length) {
      var error = new Error("answers do not fit " + definition.id + ": " + JSON.stringify(found));
      error.problems = found;
      throw error;
    }
    var chosen = {};
    definition.questions.forEach(function (question) {
      chosen[question.id] = findById(question.options, String(answers[question.id]));
    });

    var outcome = null, i;
    for (i = 0; i < definition.outcomes.length && !outcome; i++) {
      var candidate = definition.outcomes[i];
      if (has(candidate, "when") && holds(definition, candidate.when, chosen)) outcome = candidate;
    }
    for (i = 0; i < definition.outcomes.length && !outcome; i++) {
      if (definition.outcomes[i].otherwise) outcome = definition.outcomes[i];
    }
    if (!outcome) throw new Error("the rules of " + definition.id + " give no outcome for these answers");

    var facts = definition.facts.slice(), terms = definition.terms.slice();
    var counts = {}, score = null;
    definition.ratings.forEach(function (rating) { counts[rating.id] = 0; });
    var groups = definition.groups.map(function (group) {
      var groupCounts = {};
      definition.ratings.forEach(function (rating) { groupCounts[rating.id] = 0; });
      return { id: group.id, title: group.title, counts: groupCounts };
    });
    var resultAnswers = definition.questions.map(function (question) {
      var option = chosen[question.id];
      if (has(option, "rating")) {
        counts[option.rating] = (counts[option.rating] || 0) + 1;
        groups.forEach(function (group) {
          if (has(question, "group") && group.id === question.group) group.counts[option.rating] = (group.counts[option.rating] || 0) + 1;
        });
      }
      if (has(option, "score")) score = (score === null ? 0 : score) + option.score;
      facts = facts.concat(option.facts);
      terms = terms.concat(option.terms);
      var answer = { question: question.id };
      if (has(question, "group")) answer.group = question.group;
      var rest = {
        prompt: question.prompt, option: option.id, label: option.label,
        rating: has(option, "rating") ? option.rating : (has(option, "score") ? String(option.score) : "")
      };
      Object.keys(rest).forEach(function (key) { answer[key] = rest[key]; });
      if (has(option, "score")) answer.score = option.score;
      answer.counted_as = countedAs(definition, option);
      answer.why = option.why;
      answer.explanation = explanation(definition, option.entry);
      return answer;
    });
    facts = facts.concat(outcome.facts);
    terms = terms.concat(outcome.terms);

    var recommendations = [];
    definition.recommendations.forEach(function (item) {
      if (has(item, "outcomes") && item.outcomes.indexOf(outcome.id) < 0) return;
      if (has(item, "when") && !holds(definition, item.when, chosen)) return;
      for (var k = 0; k < recommendations.length; k++) if (recommendations[k].id === item.entry.id) return;
      var attached = explanation(definition, item.entry);
      var entry = { id: attached.id, kind: attached.kind, title: attached.title, summary: attached.summary, why: item.why };
      if (has(attached, "anchor")) entry.anchor = attached.anchor;
      entry.page = attached.page;
      entry.command = attached.command;
      recommendations.push(entry);
    });

    var outcomeResult = { id: outcome.id, title: outcome.title, summary: outcome.summary };
    var sentences = has(outcome, "explanation") ? [outcome.explanation] : [];
    (outcome.notes || []).forEach(function (note) {
      if (holds(definition, note.when, chosen)) sentences.push(note.text);
    });
    if (sentences.length) outcomeResult.text = sentences.join(" ");
    if (has(outcome, "reading")) outcomeResult.reading = outcome.reading;
    outcomeResult.explanation = explanation(definition, outcome.entry);

    var result = {
      assessment: definition.id,
      title: definition.title,
      answers: resultAnswers,
      outcome: outcomeResult,
      recommendations: recommendations,
      facts: unique(facts).filter(function (id) { return has(definition.references, id); }).map(function (id) {
        var reference = definition.references[id];
        var fact = { id: id, title: reference.title, summary: reference.summary };
        if (has(reference, "figure")) fact.figure = reference.figure;
        if (has(reference, "measured")) fact.measured = reference.measured;
        fact.sources = reference.sources || [];
        fact.page = reference.page;
        fact.command = "seam show " + id;
        return fact;
      }),
      terms: unique(terms).filter(function (id) { return has(definition.references, id); }).map(function (id) {
        var reference = definition.references[id];
        return { id: id, title: reference.title, definition: reference.summary, page: reference.page, command: "seam show " + id };
      }),
      counts: counts,
      groups: groups
    };
    if (score !== null) result.score = score;
    return result;
  }

  var api = { evaluate: evaluate, problems: problems };
  if (typeof root !== "undefined" && root) root.SeamAssess = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : this);
