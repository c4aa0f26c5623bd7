import Foundation

/// Normalization, search folding and name sorting for Vietnamese text (DESIGN §4).
public enum VietnameseText {

    // MARK: - Normalization

    /// NFC-normalize, trim, and collapse any run of whitespace (incl. NBSP, tabs, newlines) to one space.
    /// Use for every text that enters the system.
    public static func normalized(_ text: String) -> String {
        // Text made only of precomposed Latin letters is already NFC: skip Foundation's normalizer (a hot path
        // of imports) and only collapse whitespace. Anything else, such as a combining mark, takes the full path.
        if FoldTable.shared.isPrecomposedLatin(text) {
            return FoldTable.shared.hasNormalSpacing(text) ? text : collapsingWhitespace(text.unicodeScalars)
        }
        // Whitespace scalars are starters that never compose, so collapsing after NFC keeps the result NFC.
        return collapsingWhitespace(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// A long text (a pact, a theme, results, a note): each line normalized, blank lines between paragraphs
    /// kept as one, lines joined with "\n". A browser sends "\r\n", which Swift counts as one character:
    /// splitting on "\n" alone missed it, and the whole text collapsed into one line.
    public static func paragraphs(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = normalized(String(raw))
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: - Search

    /// Folded search key: NFC -> lowercase -> strip all combining marks (tones and vowel marks) -> đ/Đ -> d
    /// -> collapse whitespace -> trim. "Nguyễn Văn Hoà", "Nguyễn Văn Hòa", their NFD forms, "nguyen van hoa"
    /// and "NGUYỄN VĂN HOÀ" all give "nguyen van hoa". Digits and punctuation are kept (lowercased).
    public static func searchKey(_ text: String) -> String {
        if let key = FoldTable.shared.searchKey(text) { return key }
        return slowSearchKey(text)
    }

    /// `searchKey` through Foundation's normalizer; the fast table is built from it, scalar by scalar.
    static func slowSearchKey(_ text: String) -> String {
        // NFD puts every tone and vowel mark in its own scalar, so stripping marks is a filter.
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var folded = String.UnicodeScalarView()
        for scalar in decomposed where !isMark(scalar) {
            folded.append(dStrokeLookAlikes.contains(scalar) ? "d" : scalar)
        }
        // Recompose what is left (e.g. Hangul jamo) so the key is NFC like every other stored text.
        return collapsingWhitespace(String(folded).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// A SQL LIKE pattern for "contains": `searchKey(query)` with `\`, `%` and `_` escaped by a backslash,
    /// wrapped in `%…%`. Use with `ESCAPE '\'`, so `%` and `_` in a query are literal.
    public static func likeContainsPattern(_ query: String) -> String {
        var pattern = "%"
        for character in searchKey(query) {
            if character == "\\" || character == "%" || character == "_" { pattern.append("\\") }
            pattern.append(character)
        }
        pattern.append("%")
        return pattern
    }

    // MARK: - Name sorting

    /// A sort key of ASCII digits only (so any database collation orders it as byte order), for sorting
    /// people by Vietnamese name: given name (last word), then middle word(s) in order, then family name
    /// (first word). Letters follow the Vietnamese alphabet, digits first, other characters last; a word
    /// that is a prefix of another sorts first; equal letters are ordered by tone
    /// (none < huyền < hỏi < ngã < sắc < nặng). Case-insensitive; input may be NFD.
    ///
    /// Layout, per word: one 2-digit code per letter (`01`...`43`; other characters are `99` followed by
    /// their 7-digit scalar value), a `00` terminator, then one tone digit `0`...`5`.
    /// A `00` marker precedes the family name, so fewer middle words sort first.
    public static func nameSortKey(_ fullName: String) -> String {
        let words = sortWords(fullName)
        guard let family = words.first else { return "" }
        var key = ""
        key.append(words[words.count - 1])  // given name
        if words.count > 1 {
            for middle in words[1..<(words.count - 1)] { key.append(middle) }
            key.append("00")  // no word starts with 00, so this ends the middle names
            key.append(family)
        }
        return key
    }

    /// The same order as comparing `nameSortKey` values.
    public static func namesAreInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        // Compare bytes explicitly: that is the order the database applies to the stored key.
        nameSortKey(a).utf8.lexicographicallyPrecedes(nameSortKey(b).utf8)
    }

    // MARK: - Tables

    /// Collation order. Non-ASCII letters are escaped so the table does not depend on how the file is normalized.
    private static let alphabet: [Unicode.Scalar] = Array(
        ("0123456789"
            + "a\u{0103}\u{00E2}bcd\u{0111}e\u{00EA}fghijklmno\u{00F4}\u{01A1}pqrstu\u{01B0}vwxyz").unicodeScalars
    )

    /// Two-digit code per symbol, starting at 1 because 00 is the terminator.
    private static let letterCodes: [Unicode.Scalar: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, $0.offset + 1) }
    )

    /// Đ has no decomposition; Ð (U+00D0, eth) and Ɖ (U+0189, African D) look identical and get typed for it.
    /// Lowercase forms are listed because the input is lowercased first.
    private static let dStrokeLookAlikes: Set<Unicode.Scalar> = [
        "\u{0111}", "\u{0110}", "\u{00F0}", "\u{00D0}", "\u{0256}", "\u{0189}",
    ]

    /// Tone digit for each combining tone mark, in dictionary order.
    private static let toneDigits: [Unicode.Scalar: Character] = [
        "\u{0300}": "1",  // huyền
        "\u{0309}": "2",  // hỏi
        "\u{0303}": "3",  // ngã
        "\u{0301}": "4",  // sắc
        "\u{0323}": "5",  // nặng
    ]

    // MARK: - Helpers

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Joins non-whitespace runs with single spaces, dropping leading and trailing whitespace.
    private static func collapsingWhitespace(_ scalars: String.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if FoldTable.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The encoded words of a name, in the order written.
    private static func sortWords(_ fullName: String) -> [String] {
        var words: [String] = []
        var encoder = WordEncoder()
        for scalar in FoldTable.shared.lowercasedNFD(fullName) {
            if FoldTable.isWhitespace(scalar) {
                if let word = encoder.finish() { words.append(word) }
            } else {
                encoder.add(scalar)
            }
        }
        if let word = encoder.finish() { words.append(word) }
        return words
    }

    /// Encodes one word from its NFD scalars. Marks may follow the base in any canonical order
    /// (ặ is a + dot below + breve), so a base is only emitted once its marks are all seen.
    private struct WordEncoder {
        private var codes = ""
        private var pending: Unicode.Scalar?
        private var tone: Character?

        mutating func add(_ scalar: Unicode.Scalar) {
            if let digit = toneDigits[scalar] {
                if tone == nil { tone = digit }  // one tone per syllable; take the first if several
            } else if isMark(scalar) {
                if let base = pending { pending = VietnameseText.letter(base, with: scalar) }
            } else {
                flush()
                pending = dStrokeLookAlikes.contains(scalar) ? "\u{0111}" : scalar
            }
        }

        /// The encoded word, or nil if it had no base character (a stray mark alone is not a word).
        mutating func finish() -> String? {
            flush()
            defer {
                codes = ""
                tone = nil
            }
            guard !codes.isEmpty else { return nil }
            return codes + "00" + String(tone ?? "0")
        }

        private mutating func flush() {
            guard let scalar = pending else { return }
            pending = nil
            if let code = letterCodes[scalar] {
                codes.append(code < 10 ? "0\(code)" : "\(code)")
            } else {
                // 99 sorts after every letter; the fixed-width scalar value keeps others in a stable order.
                let value = String(scalar.value)
                codes.append("99" + String(repeating: "0", count: 7 - value.count) + value)
            }
        }
    }

    /// Applies a Vietnamese vowel mark (breve, circumflex, horn) to a base letter; other marks are ignored.
    private static func letter(_ base: Unicode.Scalar, with mark: Unicode.Scalar) -> Unicode.Scalar {
        switch (base, mark) {
        case ("a", "\u{0306}"): return "\u{0103}"  // ă
        case ("a", "\u{0302}"): return "\u{00E2}"  // â
        case ("e", "\u{0302}"): return "\u{00EA}"  // ê
        case ("o", "\u{0302}"): return "\u{00F4}"  // ô
        case ("o", "\u{031B}"): return "\u{01A1}"  // ơ
        case ("u", "\u{031B}"): return "\u{01B0}"  // ư
        default: return base
        }
    }
}
