/// One problem found in a knowledge base, at a place in a file.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    /// Path of the file, relative to the current directory as the user gave the content folder.
    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int = 1, column: Int = 1, severity: Severity = .error, message: String) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: error: message`, the compiler style that editors jump to.
    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.severity.rawValue, lhs.message)
            < (rhs.path, rhs.line, rhs.column, rhs.severity.rawValue, rhs.message)
    }
}

/// A failure that stops a command, with the diagnostics that explain it.
public struct DiagnosticError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
