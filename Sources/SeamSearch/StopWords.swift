/// Words a query can do without ("who owns renewals after the sale" searches `owns`,
/// `renewals`, `after`, `sale`). Dropped from queries only, never from the index, and only
/// when the query has other words. The browser index header carries the list to
/// `search-engine.js`.
public enum StopWords {
    public static let words: Set<String> = Set("""
        a an the of to in on at by for from with about into onto as and or nor but so if than then \
        is are was were be been being am do does did doing have has had having can could should would \
        will shall may might must i me my we us our ours you your yours he him his she her it its they \
        them their theirs this that these those there here what which who whom whose how why when where \
        not no yes any all some just very too also get gets got
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    public static func contains(_ word: String) -> Bool { words.contains(word) }
}
