import Foundation

/// Writes CSV the way Excel reads it: UTF-8 with a byte-order mark (so Vietnamese shows right),
/// CRLF line ends, RFC 4180 quoting.
///
/// Formula injection (OWASP): a field that would start with `=`, `+`, `-`, `@`, tab or CR is
/// prefixed with `'`, so a spreadsheet shows it as text instead of running it. A plain number such
/// as `-12` or `+3.5` cannot run anything and is left as it is. Fields that already start with
/// apostrophes followed by one of those characters get one more `'`, so `CSVReader` can take
/// exactly one off and every field round-trips.
public enum CSVWriter {
    public static func write(_ rows: [[String]], delimiter: Character = ",", bom: Bool = true) -> Data {
        precondition(
            delimiter.unicodeScalars.count == 1 && !"\"\r\n".contains(delimiter),
            "CSV delimiter must be one character other than a quote or a line break")
        let separator = delimiter.unicodeScalars.first!
        // UTF-8 bytes, not a growing String.UnicodeScalarView: appending to one is quadratic.
        var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        for row in rows {
            if row.count == 1 && row[0].isEmpty {
                // A lone empty field would look like an empty line; quote it so it reads back.
                out += [0x22, 0x22]
            }
            for (i, field) in row.enumerated() {
                if i > 0 { out.append(contentsOf: separator.utf8) }
                appendQuotedIfNeeded(neutralised(field), separator: separator, to: &out)
            }
            out += [0x0D, 0x0A]
        }
        return Data(out)
    }

    /// Each cell as `Cell.string` gives it (dates `dd/mm/yyyy`, whole numbers without `.0`).
    public static func write(_ table: Table, delimiter: Character = ",", bom: Bool = true) -> Data {
        write(table.rows.map { $0.map(\.string) }, delimiter: delimiter, bom: bom)
    }

    /// Characters that make a spreadsheet treat a field as a formula.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether the field, after any leading apostrophes, starts with a formula trigger.
    static func startsLikeFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaTriggers.contains(first)
    }

    static func neutralised(_ field: String) -> String {
        guard startsLikeFormula(field), !isPlainNumber(field) else { return field }
        return "'" + field
    }

    /// `-12`, `+3.5`, `-0.25`: a sign, digits, at most one decimal point.
    static func isPlainNumber(_ field: String) -> Bool {
        var scalars = field.unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    private static func appendQuotedIfNeeded(_ field: String, separator: Unicode.Scalar, to out: inout [UInt8]) {
        let needsQuotes = field.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(0x22)
        for byte in field.utf8 {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }  // a quote byte is never part of a multi-byte character
        }
        out.append(0x22)
    }
}
