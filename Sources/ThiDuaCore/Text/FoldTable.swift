import Foundation

/// `VietnameseText`'s Foundation-based answers, precomputed per scalar for the precomposed Latin letters
/// (U+0000–U+024F and U+1E00–U+1EFF) that make up nearly all Vietnamese text. A text made only of those
/// scalars has no combining mark, so it is already NFC, and its lowercase NFD and its search key are the
/// concatenation of each scalar's. The table is built from the slow functions themselves, so both paths agree;
/// any other text takes the slow path. This keeps Foundation's normalizer out of the import's hot loop.
struct FoldTable: Sendable {
    static let shared = FoldTable()

    /// Search key of each scalar alone; nil where the concatenation rule might not hold (then: slow path).
    private let fold: [String?]
    /// Lowercase NFD of each scalar alone.
    private let lowercaseNFD: [[Unicode.Scalar]]
    /// Separate from `shared`: the slow functions that build `shared` ask it.
    private static let whitespace: [Bool] = (0..<count).map { scalar(at: $0).properties.isWhitespace }

    private static let extendedStart: UInt32 = 0x1E00
    private static let count = 0x250 + 0x100

    private static func index(_ value: UInt32) -> Int? {
        if value < 0x250 { return Int(value) }
        if value >= extendedStart && value < extendedStart + 0x100 { return 0x250 + Int(value - extendedStart) }
        return nil
    }

    private static func scalar(at i: Int) -> Unicode.Scalar {
        Unicode.Scalar(i < 0x250 ? UInt32(i) : extendedStart + UInt32(i - 0x250))!
    }

    private init() {
        var fold: [String?] = []
        var lowercaseNFD: [[Unicode.Scalar]] = []
        for i in 0..<Self.count {
            let text = String(Character(Self.scalar(at: i)))
            let isSpace = Self.whitespace[i]
            let nfd = Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
            lowercaseNFD.append(nfd)
            let key = VietnameseText.slowSearchKey(text)
            // A key must be marks-free and space-free to be concatenated; whitespace is handled by the caller.
            let safe =
                isSpace || (!key.unicodeScalars.contains { $0.properties.isWhitespace || VietnameseText.isMark($0) })
            fold.append(safe ? (isSpace ? "" : key) : nil)
        }
        self.fold = fold
        self.lowercaseNFD = lowercaseNFD
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if let i = index(scalar.value) { return whitespace[i] }
        return scalar.properties.isWhitespace
    }

    /// True when every scalar is in the table, so the text is NFC as it stands.
    func isPrecomposedLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { Self.index($0.value) != nil }
    }

    /// True when whitespace is already single ASCII spaces between words (nothing to collapse or trim).
    func hasNormalSpacing(_ text: String) -> Bool {
        var previousWasSpace = true  // so a leading space fails
        for scalar in text.unicodeScalars {
            guard Self.isWhitespace(scalar) else {
                previousWasSpace = false
                continue
            }
            if scalar != " " || previousWasSpace { return false }
            previousWasSpace = true
        }
        return !previousWasSpace || text.isEmpty
    }

    /// The search key from the table, or nil when the text needs the slow path.
    func searchKey(_ text: String) -> String? {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard let i = Self.index(scalar.value), let part = fold[i] else { return nil }
            if Self.whitespace[i] {
                pendingSpace = !key.isEmpty
            } else if !part.isEmpty {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(part)
            }
        }
        return key
    }

    /// The scalars of `text.lowercased()` in NFD.
    func lowercasedNFD(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            guard let i = Self.index(scalar.value) else {
                return Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
            }
            scalars.append(contentsOf: lowercaseNFD[i])
        }
        return scalars
    }
}
