import SeamAssess
import Testing

/// Every combination of answers of every shipped assessment gives the outcome that PRODUCT.md's
/// rules give, written here a second time, independently of the definitions' rules.
@Suite struct ExhaustiveTests {
    /// PRODUCT.md's rules, from the answers alone.
    static func expectedOutcome(_ id: String, _ answers: [String: String]) -> String {
        switch id {
        case "cro-decision":
            let unfavourable = [answers["stage"] == "pre-series-b" || answers["stage"] == "past-series-c",
                                answers["motion"] == "transactional", answers["concentration"] == "low",
                                answers["candidate"] == "sales-only", answers["expansion"] == "below-20"].filter { $0 }.count
            let mixed = [answers["motion"] == "mixed", answers["concentration"] == "moderate",
                         answers["candidate"] == "sales-with-nrr-mandate", answers["expansion"] == "20-to-30"].filter { $0 }.count
            if unfavourable >= 2 { return "amplifies-dysfunction" }
            if unfavourable == 1 { return "at-risk" }
            return mixed > 0 ? "conditional" : "amplifies-alignment"
        case "cro-reality":
            return ["nrr-comp", "comp-authority", "seam-authority"].allSatisfy { answers[$0] == "yes" } ? "functional" : "nominal"
        case "cco-mandate":
            return Int(answers["expansion-dependence"]!)! + Int(answers["maturity"]!)! >= 8 ? "commercial-cco" : "operational-cco"
        case "renewal-owner":
            let cro = [answers["implementation"] == "light", answers["expansion-driver"] == "sales-execution",
                       answers["relationship"] == "transactional"].filter { $0 }.count
            return cro >= 2 ? "renewals-under-cro" : "renewals-under-cco"
        case "first-90-days":
            let yes = { (ids: [String]) in ids.filter { answers[$0] == "yes" }.count }
            let absorption = yes(["vp-cs-in-sales-reviews", "csm-quota-comp", "cs-hiring-slows", "senior-csm-attrition"])
            let works = yes(["forecast-accuracy", "less-coordination-time", "cs-culture-holds", "expansion-shared"])
            let decisions = yes(["nrr-forecast-owner", "renewal-model", "expansion-pipeline-owner", "comp-live"])
            if absorption >= 2 { return "absorbed" }
            if works >= 3 && decisions == 4 { return "aligned" }
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

    /// Two or more unfavourable answers name the alternatives that fit them (PRODUCT.md), and
    /// every outcome attaches the comp-design fact and what the board will ask.
    @Test func croDecisionNamesTheAlternativesThatFit() throws {
        let assessment = try Shipped.assessment("cro-decision")
        for answers in Coverage.allAnswers(assessment) {
            let result = try assessment.evaluate(answers)
            let recommended = Set(result.recommendations.map(\.id))
            #expect(result.facts.contains { $0.id == "structure-explains-20-percent" })
            #expect(recommended.contains("what-the-board-will-ask"))
            guard result.outcome.id == "amplifies-dysfunction" else {
                #expect(recommended.contains("cro-over-sales-and-cs"))
                continue
            }
            #expect(!recommended.contains("cro-over-sales-and-cs"))
            if answers["stage"] == "pre-series-b" { #expect(recommended.contains("separate-vps-under-ceo")) }
            if answers["stage"] == "past-series-c" { #expect(recommended.isSuperset(of: ["separate-vps-under-ceo", "revops-as-glue"])) }
            if answers["candidate"] == "sales-only" { #expect(recommended.isSuperset(of: ["cro-with-strong-vp-cs", "cro-over-sales-and-am"])) }
            if answers["motion"] == "transactional" || answers["concentration"] == "low" || answers["expansion"] == "below-20" {
                #expect(recommended.isSuperset(of: ["separate-vps-under-ceo", "revops-as-glue"]))
            }
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
