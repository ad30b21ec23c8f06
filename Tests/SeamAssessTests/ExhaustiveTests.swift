import SeamAssess
import Testing

/// Every combination of answers of every shipped assessment gives the outcome that PRODUCT.md's
/// rules give, written here a second time, independently of the definitions' rules.
@Suite struct ExhaustiveTests {
    /// PRODUCT.md's rules, from the answers alone.
    static func expectedOutcome(_ id: String, _ answers: [String: String]) -> String {
        switch id {
        case "cro-decision":
            let fromSales = answers["candidate"] == "sales-with-nrr-mandate" || answers["candidate"] == "sales-only"
            let unfavorable = [answers["stage"] == "pre-series-b" || answers["stage"] == "past-series-c",
                               answers["motion"] == "transactional", answers["concentration"] == "low",
                               fromSales, answers["expansion"] == "below-20"].filter { $0 }.count
            let mixed = [answers["motion"] == "mixed", answers["concentration"] == "moderate",
                         answers["expansion"] == "20-to-30"].filter { $0 }.count
            if unfavorable >= 2 { return "amplifies-dysfunction" }
            if unfavorable == 1 { return "at-risk" }
            return mixed > 0 ? "conditional" : "amplifies-alignment"
        case "cro-reality":
            return ["nrr-comp", "comp-authority", "seam-authority"].allSatisfy { answers[$0] == "yes" } ? "functional" : "nominal"
        case "cco-mandate":
            return Int(answers["expansion-dependence"]!)! + Int(answers["maturity"]!)! >= 8 ? "commercial-cco" : "operational-cco"
        case "renewal-owner":
            return answers["expansion-driver"] == "sales-execution" ? "renewals-under-cro" : "renewals-under-cco"
        case "first-90-days":
            let yes = { (ids: [String]) in ids.filter { answers[$0] == "yes" }.count }
            let absorption = yes(["vp-cs-in-sales-reviews", "csm-quota-comp", "cs-hiring-slows", "senior-csm-attrition"])
            let works = yes(["forecast-accuracy", "less-coordination-time", "cs-culture-holds", "expansion-shared"])
            let decisions = yes(["nrr-forecast-owner", "renewal-model", "expansion-pipeline-owner", "comp-live"])
            if absorption >= 2 { return "absorbed" }
            if absorption == 0 && answers["cs-culture-holds"] == "yes" && works >= 3 && decisions == 4 { return "aligned" }
            return "in-progress"
        default:
            return "?"
        }
    }

    /// The question and option ids of PRODUCT.md.
    static let productIDs: [String: [String: [String]]] = {
        let yesNo = ["yes", "no"]
        let scale = ["1", "2", "3", "4", "5"]
        let ninety = ["nrr-forecast-owner", "renewal-model", "expansion-pipeline-owner", "comp-live", "forecast-accuracy",
                      "less-coordination-time", "cs-culture-holds", "expansion-shared", "vp-cs-in-sales-reviews",
                      "csm-quota-comp", "cs-hiring-slows", "senior-csm-attrition"]
        return [
            "cro-decision": ["stage": ["pre-series-b", "series-b-to-c", "past-series-c"],
                             "motion": ["transactional", "mixed", "consultative"],
                             "concentration": ["high", "moderate", "low"],
                             "candidate": ["cs-or-integrated", "sales-with-nrr-mandate", "sales-only"],
                             "expansion": ["above-30", "20-to-30", "below-20"]],
            "cro-reality": ["nrr-comp": yesNo, "comp-authority": yesNo, "seam-authority": yesNo],
            "cco-mandate": ["expansion-dependence": scale, "maturity": scale],
            "renewal-owner": ["implementation": ["light", "heavy"], "expansion-driver": ["sales-execution", "value-realization"],
                              "relationship": ["transactional", "multi-year"]],
            "first-90-days": Dictionary(uniqueKeysWithValues: ninety.map { ($0, yesNo) }),
        ]
    }()

    static let productOutcomes: [String: Set<String>] = [
        "cro-decision": ["amplifies-alignment", "conditional", "at-risk", "amplifies-dysfunction"],
        "cro-reality": ["functional", "nominal"],
        "cco-mandate": ["commercial-cco", "operational-cco"],
        "renewal-owner": ["renewals-under-cro", "renewals-under-cco"],
        "first-90-days": ["absorbed", "aligned", "in-progress"],
    ]

    @Test(arguments: Shipped.ids)
    func idsAreThoseOfProduct(_ id: String) throws {
        let assessment = try Shipped.assessment(id)
        let ids = Dictionary(uniqueKeysWithValues: assessment.questions.map { ($0.id, $0.options.map(\.id)) })
        #expect(ids == Self.productIDs[id])
        #expect(Set(assessment.outcomes.map(\.id)) == Self.productOutcomes[id])
    }

    @Test(arguments: Shipped.ids)
    func everyCombinationGivesProductsOutcome(_ id: String) throws {
        let assessment = try Shipped.assessment(id)
        var seen = Set<String>()
        let all = Coverage.allAnswers(assessment)
        #expect(all.count == assessment.questions.reduce(1) { $0 * $1.options.count })
        for answers in all {
            let result = try assessment.evaluate(answers)
            let expected = Self.expectedOutcome(id, answers)
            #expect(result.outcome.id == expected, "\(answers.sorted { $0.key < $1.key })")
            seen.insert(result.outcome.id)
            #expect(result.answers.count == assessment.questions.count)
        }
        #expect(seen == Self.productOutcomes[id], "every outcome is reachable")
    }

    /// Two or more unfavorable answers name the alternatives that fit them (PRODUCT.md), and
    /// every outcome attaches the comp-design fact and what the board will ask.
    @Test func croDecisionNamesTheAlternativesThatFit() throws {
        let assessment = try Shipped.assessment("cro-decision")
        for answers in Coverage.allAnswers(assessment) {
            let result = try assessment.evaluate(answers)
            let recommended = result.recommendations.map(\.id)
            #expect(result.facts.contains { $0.id == "structure-explains-20-percent" })
            #expect(recommended.contains("what-the-board-will-ask"))
            if answers["candidate"] != "cs-or-integrated" {
                // A candidate from Sales: keep Sales and CS separate first, then a CRO with a strong VP CS.
                #expect(Array(recommended.prefix(3)) == ["separate-vps-under-ceo", "revops-as-glue", "cro-with-strong-vp-cs"],
                        "\(answers.sorted { $0.key < $1.key })")
            }
            guard result.outcome.id == "amplifies-dysfunction" else {
                #expect(recommended.contains("cro-over-sales-and-cs"))
                continue
            }
            #expect(!recommended.contains("cro-over-sales-and-cs"))
            if answers["stage"] == "pre-series-b" { #expect(recommended.contains("separate-vps-under-ceo")) }
            if answers["stage"] == "past-series-c" { #expect(Set(recommended).isSuperset(of: ["separate-vps-under-ceo", "revops-as-glue"])) }
            if answers["motion"] == "transactional" || answers["concentration"] == "low" || answers["expansion"] == "below-20" {
                #expect(Set(recommended).isSuperset(of: ["separate-vps-under-ceo", "revops-as-glue"]))
            }
        }
    }

    /// `amplifies-alignment` states the verdict's two conditions; `conditional` does not claim the
    /// article calls the middle cases workable.
    @Test func croDecisionOutcomesSayWhatTheArticleSays() throws {
        let assessment = try Shipped.assessment("cro-decision")
        let alignment = try #require(assessment.outcome("amplifies-alignment"))
        #expect(alignment.summary.contains("provided the comp design is ready to launch and the VP CS has real authority"))
        let conditional = try #require(assessment.outcome("conditional"))
        #expect(!(conditional.reading ?? "").contains("workable"))
        for id in ["sales-with-nrr-mandate", "sales-only"] {
            #expect(assessment.question("candidate")?.option(id)?.rating == "unfavorable")
        }
        #expect(assessment.question("candidate")?.option("sales-with-nrr-mandate")?.why.contains("necessary but not sufficient") == true)
    }

    /// The deciding answer of `renewal-owner` comes with the two signals, and a result whose signals
    /// both run against it says so.
    @Test func renewalOwnerShowsSignalsForAndAgainst() throws {
        let assessment = try Shipped.assessment("renewal-owner")
        for answers in Coverage.allAnswers(assessment) {
            let text = try #require(try assessment.evaluate(answers).outcome.text)
            let croProfile = [answers["implementation"] == "light", answers["relationship"] == "transactional"]
            let decidedCRO = answers["expansion-driver"] == "sales-execution"
            let against = croProfile.filter { $0 != decidedCRO }.count
            #expect(text.contains("Both signals run against this decision") == (against == 2), "\(answers)")
            #expect(text.contains("Both signals support it") == (against == 0), "\(answers)")
            #expect(text.contains("one runs against it") == (against == 1), "\(answers)")
        }
    }

    /// `in-progress` names every open decision and every sign to watch.
    @Test func firstNinetyDaysNamesTheSignsToWatch() throws {
        let assessment = try Shipped.assessment("first-90-days")
        let outcome = try #require(assessment.outcome("in-progress"))
        for answers in Coverage.allAnswers(assessment) {
            let result = try assessment.evaluate(answers)
            guard result.outcome.id == "in-progress" else { continue }
            let named = outcome.notes.filter { result.outcome.text?.contains($0.text) == true }.count
            let worrying = result.answers.filter { $0.rating == "warning" }.count
            #expect(named == worrying && named > 0, "\(answers)")
        }
    }

    /// Each answer carries what it counted as, why, and an explanation that exists.
    @Test(arguments: Shipped.ids)
    func everyAnswerIsExplained(_ id: String) throws {
        let assessment = try Shipped.assessment(id)
        let result = try assessment.evaluate(Coverage.allAnswers(assessment)[0])
        for answer in result.answers {
            #expect(!answer.why.isEmpty && !answer.countedAs.isEmpty && !answer.rating.isEmpty)
            #expect(Shipped.base.entry(answer.explanation.id) != nil)
            #expect(answer.explanation.command == "seam show \(answer.explanation.id)")
            #expect(answer.explanation.page.hasPrefix(Shipped.base.entry(answer.explanation.id)!.kind.folder + "/"))
        }
    }
}
