/// Heading anchors: lowercase, letters, digits, spaces and hyphens kept, spaces turned into
/// hyphens (`Series B to C` gives `series-b-to-c`), as Git hosts do.
public enum Slug {
    /// The anchor for one heading text.
    public static func make(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// Anchors for headings in document order, unique within the document: a repeated anchor
    /// gets `-1`, `-2` after it.
    public static func unique(_ texts: [String]) -> [String] {
        var used: [String: Int] = [:]
        var taken = Set<String>()
        return texts.map { text in
            let base = make(text)
            var candidate = base
            while taken.contains(candidate) {
                let next = used[base, default: 0] + 1
                used[base] = next
                candidate = "\(base)-\(next)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
