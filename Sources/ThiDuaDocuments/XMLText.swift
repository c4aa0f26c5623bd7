/// Writing text into XML, and the `_xHHHH_` escapes of Office Open XML strings (ST_Xstring).
///
/// Everything here builds UTF-8 bytes: on Swift 6.3 `String.UnicodeScalarView.append(contentsOf:)`
/// costs time in proportion to the text already built, which made long outputs quadratic.
enum XMLText {
    /// Characters XML 1.0 allows in a document.
    static func isXMLChar(_ v: UInt32) -> Bool {
        switch v {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Escapes `& < > " '` and, so that an XML parser gives them back unchanged, CR (and in
    /// attributes also tab and LF). Characters XML cannot carry at all are dropped: use
    /// `escapeCellText` where they must survive.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            appendEscaped(s, to: &out, attribute: attribute)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscaped(_ s: Unicode.Scalar, to out: inout [UInt8], attribute: Bool) {
        switch s {
        case "&": out.append(contentsOf: "&amp;".utf8)
        case "<": out.append(contentsOf: "&lt;".utf8)
        case ">": out.append(contentsOf: "&gt;".utf8)
        case "\"": out.append(contentsOf: "&quot;".utf8)
        case "'": out.append(contentsOf: "&apos;".utf8)
        case "\r": out.append(contentsOf: "&#13;".utf8)
        case "\n" where attribute: out.append(contentsOf: "&#10;".utf8)
        case "\t" where attribute: out.append(contentsOf: "&#9;".utf8)
        default:
            if isXMLChar(s.value) { out.append(contentsOf: s.utf8) }
        }
    }

    /// Text of a cell, escaped for XML and for ST_Xstring: a character XML cannot carry
    /// (e.g. U+0001) becomes `_x0001_`, and a literal `_x0041_` in the text becomes `_x005F_x0041_`
    /// so that readers do not decode it.
    static func escapeCellText(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for (i, s) in scalars.enumerated() {
            if s == "_" && looksLikeEscape(scalars, at: i) {
                out.append(contentsOf: "_x005F_".utf8)
            } else if isXMLChar(s.value) {
                appendEscaped(s, to: &out, attribute: false)
            } else {
                out.append(contentsOf: hexEscape(s.value).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reverses `_xHHHH_` escapes (as Excel writes them, e.g. `_x000D_` for a carriage return).
    static func decodeCellText(_ text: String) -> String {
        // Bytes, not Foundation's `contains`: this runs for every text cell.
        guard mayHaveEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", looksLikeEscape(scalars, at: i),
                let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
                let decoded = Unicode.Scalar(v)
            {
                out.append(contentsOf: decoded.utf8)
                i += 7
            } else {
                out.append(contentsOf: scalars[i].utf8)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `_x` or `_X` occurs.
    private static func mayHaveEscape(_ text: String) -> Bool {
        var afterUnderscore = false
        for byte in text.utf8 {
            if afterUnderscore && (byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X")) { return true }
            afterUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// `_xHHHH_` starting at `i`.
    private static func looksLikeEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x" || s[i + 1] == "X", s[i + 6] == "_" else {
            return false
        }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }
}
