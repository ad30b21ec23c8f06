import ArgumentParser
import SeamContent

/// `--kind K`: a kind (`term`) or its folder (`terms`).
struct KindArgument: ExpressibleByArgument {
    var kind: Kind

    init?(argument: String) {
        let lowered = argument.lowercased()
        guard let kind = Kind(rawValue: lowered) ?? Kind(folder: lowered) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { Kind.allCases.map(\.rawValue) }
}
