import Foundation

extension Assessment {
    /// The definition as JSON, for the site to embed and `assess-engine.js` to evaluate:
    /// `window.SeamAssess.evaluate(definition, answers)` gives the same result as `evaluate(_:)`.
    public func siteJSON(pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// Reads a definition back from `siteJSON()`.
    public static func fromSiteJSON(_ json: String) throws -> Assessment {
        try JSONDecoder().decode(Assessment.self, from: Data(json.utf8))
    }
}
