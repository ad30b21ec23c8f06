import ArgumentParser
import SeamContent

extension Kind: ExpressibleByArgument {
    /// Accepts the kind (`term`) or its folder (`terms`).
    public init?(argument: String) {
        let lowered = argument.lowercased()
        if let kind = Kind(rawValue: lowered) ?? Kind(folder: lowered) { self = kind } else { return nil }
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
