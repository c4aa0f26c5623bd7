import Foundation

/// Reads CSV as Excel and LibreOffice write it, and as `CSVWriter` writes it.
///
/// - A UTF-8 byte-order mark is skipped; anything that is not UTF-8 is refused with the first bad
///   line (1-based, as a text editor counts lines), since guessing a legacy code page would
///   garble Vietnamese.
/// - The delimiter is `;` when the first line has more `;` than `,` outside quotes (Excel in
///   locales with a decimal comma), else `,`.
/// - RFC 4180 quotes, including line breaks and `""` inside quotes; CRLF, LF or CR line ends.
///   Text after a closing quote is kept, as Excel does (`"a"b` reads `ab`).
/// - An empty line reads as `[]`; empty lines at the end are ignored.
/// - `CSVWriter`'s formula neutralisation is undone: a field of apostrophes followed by
///   `= + - @`, tab or CR loses one apostrophe, so `'=SUM(A1)` reads `=SUM(A1)`.
/// - `SpreadsheetLimits` (rows, fields of a record, fields in all, characters of a field) are
///   checked as each field ends, so e.g. a file of commas is refused at the first field too many.
///   Blank lines count as rows only when a record follows them.
public enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let apostrophe = UInt8(ascii: "'")

    public static func read(_ data: Data, limits: SpreadsheetLimits = .default) throws -> [[String]] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        try validateUTF8(bytes)
        let delimiter = detectDelimiter(bytes)

        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var blankLine = true
        var line = 1
        var quoteLine = 1
        var i = 0
        var fields = 0
        var blankRows = 0  // blank lines not kept yet: only a record after them does

        func endField() throws {
            let column = record.count + 1
            guard column <= limits.maxColumns else { throw DocumentError.tooManyColumns(limit: limits.maxColumns) }
            fields += 1
            guard fields <= limits.maxCells else { throw DocumentError.tooManyCells(limit: limits.maxCells) }
            let row = records.count + blankRows + 1
            record.append(
                try CellText.checked(
                    restored(field), cell: CellReference.name(row: row, column: column),
                    limits: limits))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() throws {
            if blankLine {
                blankRows += 1
            } else {
                guard records.count + blankRows < limits.maxRows else {
                    throw DocumentError.tooManyRows(limit: limits.maxRows)
                }
                try endField()
                records.append(contentsOf: repeatElement([], count: blankRows))
                blankRows = 0
                records.append(record)
            }
            record = []
            blankLine = true
            state = .fieldStart
        }

        while i < bytes.count {
            let b = bytes[i]
            let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
            if state == .quoted {
                if b == quote {
                    if next == quote {
                        field.append(quote)
                        i += 2
                    } else {
                        state = .afterQuote
                        i += 1
                    }
                } else {
                    if b == lf || (b == cr && next != lf) { line += 1 }
                    field.append(b)
                    i += 1
                }
                continue
            }
            if b == cr || b == lf {
                try endRecord()
                i += (b == cr && next == lf) ? 2 : 1
                line += 1
            } else if b == delimiter {
                blankLine = false
                try endField()
                state = .fieldStart
                i += 1
            } else if b == quote && state == .fieldStart {
                blankLine = false
                state = .quoted
                quoteLine = line
                i += 1
            } else {
                blankLine = false
                field.append(b)
                state = .unquoted
                i += 1
            }
        }
        if state == .quoted {
            throw DocumentError.malformed("dấu ngoặc kép mở ở dòng \(quoteLine) không được đóng")
        }
        if !blankLine { try endRecord() }
        return records
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    /// The field's text with `CSVWriter`'s neutralising apostrophe taken off.
    private static func restored(_ field: [UInt8]) -> String {
        if field.first == apostrophe,
            let first = field.first(where: { $0 != apostrophe }),
            CSVWriter.formulaTriggers.contains(Unicode.Scalar(first))
        {
            return String(decoding: field.dropFirst(), as: UTF8.self)
        }
        return String(decoding: field, as: UTF8.self)
    }

    /// `;` if the first line (outside quotes) has more semicolons than commas, else `,`. Only the
    /// first 64 KB: a header is far shorter, and a file of one huge line needs no second look.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var inQuotes = false
        var commas = 0
        var semicolons = 0
        for b in bytes.prefix(65_536) {
            if b == quote {
                inQuotes.toggle()
                continue
            }
            if inQuotes { continue }
            if b == cr || b == lf { break }
            if b == UInt8(ascii: ",") { commas += 1 }
            if b == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Throws `.invalidUTF8` naming the first physical line (CRLF, LF or CR ended) that is not UTF-8.
    static func validateUTF8(_ bytes: [UInt8]) throws {
        if String(validating: bytes, as: UTF8.self) != nil { return }
        var line = 1
        var start = 0
        var i = 0
        while i <= bytes.count {
            let atEnd = i == bytes.count
            if atEnd || bytes[i] == cr || bytes[i] == lf {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil {
                    throw DocumentError.invalidUTF8(line: line)
                }
                if atEnd { break }
                if bytes[i] == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                line += 1
                start = i + 1
            }
            i += 1
        }
        throw DocumentError.invalidUTF8(line: line)  // not reached: some line must be bad
    }
}
