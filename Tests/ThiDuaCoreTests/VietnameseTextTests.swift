import Foundation
import Testing

@testable import ThiDuaCore

// Swift's String == uses canonical equivalence, so NFC/NFD differences are checked on UTF-8 bytes.
private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
private func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
private func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

private func sortedNames(_ names: [String]) -> [String] {
    names.sorted(by: VietnameseText.namesAreInIncreasingOrder)
}

/// Asserts each name sorts strictly before the next, both ways round.
private func expectStrictOrder(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for (a, b) in zip(names, names.dropFirst()) {
        #expect(VietnameseText.namesAreInIncreasingOrder(a, b), "\(a) < \(b)", sourceLocation: sourceLocation)
        #expect(!VietnameseText.namesAreInIncreasingOrder(b, a), "not \(b) < \(a)", sourceLocation: sourceLocation)
    }
    #expect(sortedNames(names.reversed()) == names, sourceLocation: sourceLocation)
}

@Suite struct VietnameseTextTests {

    // MARK: normalized

    @Test func normalizedComposesNFDToNFCBytes() {
        // setup
        let composed = "Nguy\u{1EC5}n V\u{0103}n Ho\u{00E0}"  // Nguyễn Văn Hoà, precomposed
        let decomposed = nfd(composed)
        #expect(bytes(decomposed) != bytes(composed))  // the fixture really is NFD
        // MUT
        let result = VietnameseText.normalized(decomposed)
        // validation
        #expect(bytes(result) == bytes(composed))
        #expect(Array(result.unicodeScalars) == Array(composed.unicodeScalars))
        #expect(bytes(VietnameseText.normalized(composed)) == bytes(composed))
    }

    @Test func normalizedComposesReorderedMarks() {
        // ặ typed as a + breve + dot below (non-canonical order) still becomes U+1EB7.
        #expect(bytes(VietnameseText.normalized("\u{0110}a\u{0306}\u{0323}ng")) == bytes("\u{0110}\u{1EB7}ng"))
    }

    @Test func normalizedCollapsesAndTrimsWhitespace() {
        #expect(VietnameseText.normalized("  a\u{00A0}\tb \n") == "a b")
        #expect(
            VietnameseText.normalized("\r\n L\u{00EA}  \u{2003}V\u{0103}n\u{3000}An\t") == "L\u{00EA} V\u{0103}n An")
        #expect(VietnameseText.normalized("") == "")
        #expect(VietnameseText.normalized(" \t\n\u{00A0} ") == "")
        #expect(VietnameseText.normalized("An") == "An")
    }

    @Test func normalizedKeepsCaseAndPunctuation() {
        #expect(VietnameseText.normalized(" S\u{1ED1} 12/Q\u{0110}-UBND ") == "S\u{1ED1} 12/Q\u{0110}-UBND")
    }

    // MARK: searchKey

    @Test func searchKeyFoldsToneMarksVowelMarksCaseAndTonePlacement() {
        let variants = [
            "Nguy\u{1EC5}n V\u{0103}n Ho\u{00E0}",  // Hoà: tone on a
            "Nguy\u{1EC5}n V\u{0103}n H\u{00F2}a",  // Hòa: tone on o
            nfd("Nguy\u{1EC5}n V\u{0103}n Ho\u{00E0}"),
            nfd("Nguy\u{1EC5}n V\u{0103}n H\u{00F2}a"),
            "nguyen van hoa",
            "NGUY\u{1EC4}N V\u{0102}N HO\u{00C0}",
            "  Nguy\u{1EC5}n\u{00A0}V\u{0103}n\n\tHo\u{00E0} ",
        ]
        for variant in variants {
            #expect(bytes(VietnameseText.searchKey(variant)) == bytes("nguyen van hoa"), "\(variant.debugDescription)")
        }
    }

    @Test func searchKeyMapsDStrokeAndLookAlikes() {
        // U+0110 Đ, then U+00D0 Ð (eth) which looks the same.
        #expect(VietnameseText.searchKey("\u{0110}\u{1EB7}ng Th\u{1ECB} \u{00D0}\u{00E0}o") == "dang thi dao")
        #expect(VietnameseText.searchKey("\u{0189}\u{1ED7} \u{0111}\u{1EE9}c \u{00F0}") == "do duc d")
    }

    @Test func searchKeyStripsEveryVietnameseVowelMark() {
        let input =
            "\u{0103}\u{00E2}\u{00EA}\u{00F4}\u{01A1}\u{01B0} \u{1EAF}\u{1EA7}\u{1EC3}\u{1ED7}\u{1EE3}\u{1EF1}\u{1EF3}"
        #expect(VietnameseText.searchKey(input) == "aaeoou aaeoouy")
    }

    @Test func searchKeyKeepsDigitsAndPunctuation() {
        #expect(
            VietnameseText.searchKey("Quy\u{1EBF}t \u{0111}\u{1ECB}nh S\u{1ED0} 12/2024/Q\u{0110}-T\u{0110}KT (50%)")
                == "quyet dinh so 12/2024/qd-tdkt (50%)")
    }

    @Test func searchKeyOfEmptyAndBlank() {
        #expect(VietnameseText.searchKey("") == "")
        #expect(VietnameseText.searchKey(" \u{00A0}\n") == "")
    }

    @Test func searchKeyIsNFCForNonLatinScripts() {
        // Hangul decomposes into jamo under NFD; the key must not keep them apart.
        #expect(bytes(VietnameseText.searchKey("\u{D55C}")) == bytes("\u{D55C}"))
    }

    // MARK: likeContainsPattern

    @Test func likePatternEscapesWildcardsAndBackslash() {
        #expect(VietnameseText.likeContainsPattern("50%_a\\b") == "%50\\%\\_a\\\\b%")
    }

    @Test func likePatternUsesTheFoldedKey() {
        #expect(VietnameseText.likeContainsPattern("  \u{0110}\u{00D4}NG ") == "%dong%")
        #expect(VietnameseText.likeContainsPattern("") == "%%")
    }

    // MARK: nameSortKey

    @Test func designExampleOrder() {
        // setup
        let expected = [
            "L\u{00EA} V\u{0103}n An",
            "Nguy\u{1EC5}n Th\u{1ECB} \u{00C1}nh",
            "Tr\u{1EA7}n V\u{0103}n B\u{00EC}nh",
            "\u{0110}\u{1ED7} \u{0110}\u{1EE9}c D\u{0169}ng",
            "Ph\u{1EA1}m V\u{0103}n \u{0110}\u{00F4}ng",
        ]
        let shuffles = [
            [expected[3], expected[0], expected[4], expected[2], expected[1]],
            [expected[4], expected[3], expected[2], expected[1], expected[0]],
            [expected[1], expected[4], expected[0], expected[3], expected[2]],
            expected.map(nfd),
        ]
        for shuffled in shuffles {
            // MUT
            let result = sortedNames(shuffled)
            // validation
            #expect(result.map { bytes(VietnameseText.normalized($0)) } == expected.map(bytes))
        }
        expectStrictOrder(expected)
    }

    @Test func sortByKeyStringMatchesComparator() {
        let names = [
            "Ph\u{1EA1}m V\u{0103}n \u{0110}\u{00F4}ng", "L\u{00EA} V\u{0103}n An",
            "\u{0110}\u{1ED7} \u{0110}\u{1EE9}c D\u{0169}ng",
            "Nguy\u{1EC5}n Th\u{1ECB} \u{00C1}nh", "An", "L\u{00EA} An", "Tr\u{1EA7}n V\u{0103}n B\u{00EC}nh",
        ]
        let byKey = names.sorted {
            VietnameseText.nameSortKey($0).utf8.lexicographicallyPrecedes(VietnameseText.nameSortKey($1).utf8)
        }
        #expect(byKey == sortedNames(names))
        // String < agrees with byte order here because the key is ASCII.
        #expect(names.sorted { VietnameseText.nameSortKey($0) < VietnameseText.nameSortKey($1) } == byKey)
    }

    @Test func keyIsAsciiDigitsOnly() {
        let names = [
            "Nguy\u{1EC5}n Th\u{1ECB} \u{00C1}nh", "H'Hen Ni\u{00EA}", "M\u{00FC}ller-Stra\u{00DF}e",
            "\u{4E2D}\u{6587}", "A1 \u{0301}",
        ]
        for name in names {
            let key = VietnameseText.nameSortKey(name)
            #expect(!key.isEmpty)
            #expect(key.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, "\(name): \(key)")
        }
    }

    @Test func exactKeyLayout() {
        // Digits are 01-10, then a=11 ă=12 ... ê=19 ... h=22 ... l=26 ... n=28 ... v=39.
        // Per word: letters, 00, tone digit; 00 before the family name.
        #expect(VietnameseText.nameSortKey("An") == "1128" + "00" + "0")
        #expect(VietnameseText.nameSortKey("L\u{00EA} V\u{0103}n An") == "1128000" + "391228000" + "00" + "2619000")
        #expect(VietnameseText.nameSortKey("\u{00C1}nh") == "112822" + "00" + "4")
        #expect(VietnameseText.nameSortKey("z9") == "4310" + "00" + "0")
        #expect(VietnameseText.nameSortKey("a-") == "11" + "990000045" + "00" + "0")
    }

    @Test func vietnameseLetterOrder() {
        expectStrictOrder(["da", "\u{0111}a"])  // d < đ
        expectStrictOrder(["ta", "t\u{0103}", "t\u{00E2}"])  // a < ă < â
        expectStrictOrder(["to", "t\u{00F4}", "t\u{01A1}"])  // o < ô < ơ
        expectStrictOrder(["tu", "t\u{01B0}"])  // u < ư
        expectStrictOrder(["te", "t\u{00EA}"])  // e < ê
        // A vowel mark outranks every tone: tá (sắc) < tă (no tone), and tạ < tâ.
        expectStrictOrder(["t\u{00E1}", "t\u{0103}"])
        expectStrictOrder(["t\u{1EA1}", "t\u{00E2}"])
        // Whole alphabet, one letter per name.
        let alphabet = [
            "a", "\u{0103}", "\u{00E2}", "b", "c", "d", "\u{0111}", "e", "\u{00EA}", "g", "h", "i", "k", "l", "m",
            "n", "o", "\u{00F4}", "\u{01A1}", "p", "q", "r", "s", "t", "u", "\u{01B0}", "v", "x", "y",
        ]
        expectStrictOrder(alphabet)
    }

    @Test func foreignLettersDigitsAndOtherCharacters() {
        expectStrictOrder(["9", "a", "e", "\u{00EA}", "f", "g"])  // digits first; f after ê
        expectStrictOrder(["i", "j", "k"])  // j after i
        expectStrictOrder(["v", "w", "x"])  // w after v
        expectStrictOrder(["y", "z", "-", "\u{00DF}", "\u{4E2D}"])  // z after y, then others by scalar value
        expectStrictOrder(["Hy", "H'Hen"])  // punctuation sorts after letters
    }

    @Test func toneOrder() {
        expectStrictOrder(["ma", "m\u{00E0}", "m\u{1EA3}", "m\u{00E3}", "m\u{00E1}", "m\u{1EA1}"])
        expectStrictOrder(["H\u{00F2}a", "H\u{00F3}a"])  // huyền before sắc
        expectStrictOrder(["\u{0103}n", "\u{1EB1}n", "\u{1EB3}n", "\u{1EB5}n", "\u{1EAF}n", "\u{1EB7}n"])
    }

    @Test func prefixWordSortsFirstAndLettersBeatTone() {
        expectStrictOrder(["An", "Anh"])
        expectStrictOrder(["\u{1EA0}n", "Anh"])  // Ạn < Anh: letters decide before tone
        expectStrictOrder(["Nguy\u{1EC5}n An", "Nguy\u{1EC5}n Anh"])
    }

    @Test func tonePlacementDoesNotChangeKey() {
        let keys = ["Ho\u{00E0}", "H\u{00F2}a", nfd("Ho\u{00E0}"), nfd("H\u{00F2}a"), "HO\u{00C0}", "h\u{00F2}a"].map(
            VietnameseText.nameSortKey)
        #expect(Set(keys).count == 1)
        #expect(VietnameseText.nameSortKey("Thu\u{1EF7}") == VietnameseText.nameSortKey("Th\u{1EE7}y"))
        #expect(VietnameseText.nameSortKey("Hoa") != VietnameseText.nameSortKey("Ho\u{00E0}"))
    }

    @Test func sameGivenNameMiddleDecidesThenFamily() {
        expectStrictOrder([
            "Tr\u{1EA7}n An",  // no middle name first
            "Tr\u{1EA7}n Th\u{1ECB} An",
            "L\u{00EA} V\u{0103}n An",
            "Tr\u{1EA7}n V\u{0103}n An",  // same given + middle: family decides (L < T)
            "\u{0110}\u{1ED7} V\u{0103}n B\u{00EC}nh An",  // Văn Bình extends Văn
            "Nguy\u{1EC5}n Xu\u{00E2}n An",
            "An B\u{00EC}nh",  // given name Bình sorts after every An
        ])
        // Family name decides only after given and middle tie, even when it would say otherwise.
        expectStrictOrder(["Z\u{01B0}\u{01A1}ng A An", "A B An"])
    }

    @Test func nfdNameGivesSameKeyAsNFC() {
        let composed = "Nguy\u{1EC5}n V\u{0103}n Ho\u{00E0}"
        let decomposed = nfd(composed)
        #expect(bytes(decomposed) != bytes(composed))
        #expect(VietnameseText.nameSortKey(decomposed) == VietnameseText.nameSortKey(composed))
        #expect(bytes(VietnameseText.searchKey(decomposed)) == bytes(VietnameseText.searchKey(composed)))
        #expect(bytes(VietnameseText.normalized(decomposed)) == bytes(nfc(composed)))
        // ặ in NFD is a + dot below + breve: the breve after the tone must still make ă.
        #expect(
            VietnameseText.nameSortKey(nfd("\u{0110}\u{1EB7}ng")) == VietnameseText.nameSortKey("\u{0110}\u{1EB7}ng"))
        #expect(VietnameseText.nameSortKey("\u{0110}\u{1EB7}ng") != VietnameseText.nameSortKey("\u{0110}\u{1EA1}ng"))
    }

    @Test func caseAndWhitespaceDoNotMatter() {
        #expect(
            VietnameseText.nameSortKey("NGUY\u{1EC4}N  th\u{1ECB}\u{00A0}\u{00C1}NH ")
                == VietnameseText.nameSortKey("Nguy\u{1EC5}n Th\u{1ECB} \u{00C1}nh"))
        #expect(!VietnameseText.namesAreInIncreasingOrder("an", "AN"))
        #expect(!VietnameseText.namesAreInIncreasingOrder("AN", "an"))
    }

    @Test func dStrokeLookAlikesSortAsDStroke() {
        let key = VietnameseText.nameSortKey("\u{0110}\u{00E0}o")
        #expect(VietnameseText.nameSortKey("\u{00D0}\u{00E0}o") == key)
        #expect(VietnameseText.nameSortKey("\u{0189}\u{00E0}o") == key)
        expectStrictOrder(["D\u{00E0}o", "\u{00D0}\u{00E0}o"])
    }

    @Test func emptyAndSingleWordNames() {
        #expect(VietnameseText.nameSortKey("") == "")
        #expect(VietnameseText.nameSortKey("   ") == "")
        #expect(!VietnameseText.namesAreInIncreasingOrder("", ""))
        expectStrictOrder(["", "An", "L\u{00EA} An"])  // a lone given name sorts before one with a family name
        #expect(VietnameseText.nameSortKey(" An ") == VietnameseText.nameSortKey("An"))
        #expect(VietnameseText.nameSortKey("\u{0301}") == "")  // a stray mark is not a word
    }
}
