import Foundation
import SeamAssess
import SeamContent

/// The shipped assessments, read once.
let assessments: [Assessment] = {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path
    guard let base = try? KnowledgeBase.load(content) else { fatalError("FuzzAnswers needs the shipped content at \(content)") }
    return base.assessments()
}()

/// One input: an answers file (`seam assess ID --answers FILE`, YAML or JSON). Reads it, checks
/// it against every shipped assessment and, where it is complete, evaluates it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let answers = try? AnswerInput.parse(file: text, name: "fuzz.yml") else { return 0 }
    for assessment in assessments {
        let problems = assessment.problems(with: answers)
        _ = problems.description
        if problems.isEmpty { _ = try? assessment.evaluate(answers) }
    }
    return 0
}
