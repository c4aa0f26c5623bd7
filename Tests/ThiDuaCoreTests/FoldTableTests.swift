import Foundation
import Testing

@testable import ThiDuaCore

/// The table's fast path must give byte for byte what Foundation's normalizer gives.
@Suite struct FoldTableTests {
    private static let latin: [Unicode.Scalar] = (Array(0x20...0x24F) + Array(0x1E00...0x1EFF)).compactMap {
        Unicode.Scalar(UInt32($0))
    }

    /// Reference `normalized`: Foundation's NFC, then whitespace runs to one space, trimmed.
    private func referenceNormalized(_ s: String) -> String {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !word.isEmpty {
                    words.append(String(word))
                    word = String.UnicodeScalarView()
                }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    /// Strings drawn from the table's letters, spaces, tabs, NBSP and a few combining marks, reproducibly.
    private func samples(_ count: Int) -> [String] {
        var state: UInt64 = 2022
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let extras: [Unicode.Scalar] = [
            " ", " ", " ", "\t", "\u{00A0}", "\u{0300}", "\u{0323}", "\u{0302}", "\u{4E2D}",
        ]
        return (0..<count).map { _ in
            var s = String.UnicodeScalarView()
            for _ in 0..<(1 + next(14)) {
                s.append(next(4) == 0 ? extras[next(extras.count)] : Self.latin[next(Self.latin.count)])
            }
            return String(s)
        }
    }

    @Test func everyTableScalarMatchesFoundation() {
        for scalar in Self.latin {
            let s = String(Character(scalar))
            #expect(
                Array(VietnameseText.searchKey(s).utf8) == Array(VietnameseText.slowSearchKey(s).utf8),
                "U+\(String(scalar.value, radix: 16))")
            #expect(
                Array(VietnameseText.normalized(s).utf8) == Array(referenceNormalized(s).utf8),
                "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func mixedTextMatchesFoundationOnEveryPath() {
        for s in samples(3000) {
            #expect(
                Array(VietnameseText.searchKey(s).utf8) == Array(VietnameseText.slowSearchKey(s).utf8),
                "\(s.unicodeScalars.map { $0.value })")
            #expect(
                Array(VietnameseText.normalized(s).utf8) == Array(referenceNormalized(s).utf8),
                "\(s.unicodeScalars.map { $0.value })")
            #expect(
                FoldTable.shared.lowercasedNFD(s)
                    == Array(s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func textWithACombiningMarkIsNotTakenAsPrecomposed() {
        #expect(FoldTable.shared.isPrecomposedLatin("Nguyễn Văn Hoà"))
        #expect(!FoldTable.shared.isPrecomposedLatin("Hoa\u{0300}"))
        #expect(Array(VietnameseText.normalized("Hoa\u{0300}").utf8) == Array("Ho\u{00E0}".utf8))
    }

    @Test func spacingIsNormalOnlyWithSingleInnerSpaces() {
        #expect(FoldTable.shared.hasNormalSpacing("Lê Văn An"))
        #expect(FoldTable.shared.hasNormalSpacing(""))
        #expect(!FoldTable.shared.hasNormalSpacing(" Lê"))
        #expect(!FoldTable.shared.hasNormalSpacing("Lê "))
        #expect(!FoldTable.shared.hasNormalSpacing("Lê  An"))
        #expect(!FoldTable.shared.hasNormalSpacing("Lê\u{00A0}An"))
    }
}
