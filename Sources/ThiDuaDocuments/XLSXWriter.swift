import Foundation
import ThiDuaCore

/// Writes tables as a minimal Office Open XML workbook (.xlsx) that Excel, LibreOffice and
/// openpyxl open without complaint.
///
/// - Text is written as inline strings, never as formulas, so `=SUM(A1)` stays text.
/// - Numbers are numbers, booleans are booleans, and dates are real dates: the 1900-system serial
///   with the `dd/mm/yyyy` format. Excel cannot show a day before 1900-01-01; such a date is
///   written as the text `dd/mm/yyyy` (the same text `Cell.string` gives).
/// - Row 1 is bold and frozen; columns are sized to their content.
/// - `.empty` cells are simply not written.
public enum XLSXWriter {
    public static func write(_ tables: [Table]) throws -> Data {
        let sheets = tables.isEmpty ? [Table(name: "Trang 1", rows: [])] : tables
        let names = sanitizedSheetNames(sheets.map(\.name))
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data(contentTypes(sheetCount: sheets.count).utf8)),
            ("_rels/.rels", Data(rootRelationships.utf8)),
            ("xl/workbook.xml", Data(workbook(names: names).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheetCount: sheets.count).utf8)),
            ("xl/styles.xml", Data(styles.utf8)),
        ]
        for (index, table) in sheets.enumerated() {
            let xml = try worksheet(table, name: names[index], selected: index == 0)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data(xml.utf8)))
        }
        return try ZipPackageWriter.archive(parts)
    }

    // MARK: Sheet names

    /// Names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no apostrophe at
    /// either end, not empty, not "History", and unique regardless of case.
    static func sanitizedSheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        var result: [String] = []
        for (index, raw) in names.enumerated() {
            var scalars = String.UnicodeScalarView()
            for s in raw.unicodeScalars {
                switch s {
                case "[", "]", ":", "*", "?", "/", "\\": scalars.append("-")
                default:
                    if s.value >= 0x20, s.value != 0x7F, XMLText.isXMLChar(s.value) { scalars.append(s) }
                }
            }
            var name = String(scalars).trimmingCharacters(in: .whitespaces)
            while name.hasPrefix("'") { name.removeFirst() }
            while name.hasSuffix("'") { name.removeLast() }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { name = "Trang \(index + 1)" }
            if name.lowercased() == "history" { name += " 1" }
            var candidate = truncated(name, to: 31)
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = truncated(name, to: 31 - suffix.utf16.count) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// At most `limit` UTF-16 units (Excel's unit), without splitting a character.
    private static func truncated(_ text: String, to limit: Int) -> String {
        var out = ""
        var units = 0
        for ch in text {
            let u = ch.utf16.count
            if units + u > limit { break }
            out.append(ch)
            units += u
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    // MARK: Parts

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = header
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml +=
            "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 1...sheetCount {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml +=
            "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "</Types>"
        return xml
    }

    private static let rootRelationships =
        header
        + "<Relationships xmlns=\"\(packageRelNS)\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(names: [String]) -> String {
        var xml = header
        xml += "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            xml +=
                "<sheet name=\"\(XMLText.escape(name, attribute: true))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        xml += "</sheets></workbook>"
        return xml
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header
        xml += "<Relationships xmlns=\"\(packageRelNS)\">"
        for i in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(i)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
        xml += "</Relationships>"
        return xml
    }

    /// Cell formats (`s` attribute) in `styles.xml`.
    private enum Style: Int {
        case plain = 0
        case bold = 1
        case date = 2
        case boldDate = 3
    }

    /// Custom number format 164 is `dd/mm/yyyy`.
    private static let styles =
        header
        + "<styleSheet xmlns=\"\(mainNS)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "</fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private static func worksheet(_ table: Table, name: String, selected: Bool) throws -> String {
        let rows = table.rows
        guard rows.count <= CellReference.maxRows else {
            throw DocumentError.beyondExcelLimits(sheet: name, detail: "\(rows.count) dòng (tối đa 1 048 576)")
        }
        let columnCount = rows.map(\.count).max() ?? 0
        guard columnCount <= CellReference.maxColumns else {
            throw DocumentError.beyondExcelLimits(sheet: name, detail: "\(columnCount) cột (tối đa 16 384)")
        }

        var widths = [Int](repeating: 0, count: columnCount)
        var data = ""
        var lastRow = 0
        var lastColumn = 0
        for (r, row) in rows.enumerated() {
            var cells = ""
            for (c, cell) in row.enumerated() {
                let ref = CellReference.name(row: r + 1, column: c + 1)
                guard let xml = try cellXML(cell, ref: ref, header: r == 0, sheet: name) else { continue }
                cells += xml
                widths[c] = max(widths[c], displayWidth(cell))
                lastColumn = max(lastColumn, c + 1)
            }
            if !cells.isEmpty {
                data += "<row r=\"\(r + 1)\">" + cells + "</row>"
                lastRow = r + 1
            }
        }

        var xml = header
        xml += "<worksheet xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        let dimension = lastRow == 0 ? "A1" : "A1:" + CellReference.name(row: lastRow, column: lastColumn)
        xml += "<dimension ref=\"\(dimension)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if lastRow > 1 {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if lastColumn > 0 {
            xml += "<cols>"
            for c in 0..<lastColumn {
                let width = Double(min(max(widths[c], 6), 60) + 2)
                xml += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + data + "</sheetData>"
        xml += "</worksheet>"
        return xml
    }

    /// The `<c>` element of one cell, or nil for an empty cell.
    private static func cellXML(_ cell: Cell, ref: String, header: Bool, sheet: String) throws -> String? {
        let plain = header ? Style.bold : Style.plain
        func style(_ s: Style) -> String { s == .plain ? "" : " s=\"\(s.rawValue)\"" }
        switch cell {
        case .empty:
            return nil
        case .text(let text):
            return try inlineString(text, ref: ref, style: style(plain), sheet: sheet)
        case .number(let n):
            guard n.isFinite else {
                throw DocumentError.invalidValue(sheet: sheet, cell: ref, detail: "số không hữu hạn (\(n))")
            }
            return "<c r=\"\(ref)\"\(style(plain))><v>\(number(n))</v></c>"
        case .date(let date):
            guard let serial = ExcelDate.serial(of: date) else {
                // Excel cannot show days before 1900: keep the text an importer would read anyway.
                return try inlineString(date.vietnamese, ref: ref, style: style(plain), sheet: sheet)
            }
            return "<c r=\"\(ref)\"\(style(header ? .boldDate : .date))><v>\(serial)</v></c>"
        case .bool(let b):
            return "<c r=\"\(ref)\"\(style(plain)) t=\"b\"><v>\(b ? 1 : 0)</v></c>"
        }
    }

    private static func inlineString(_ text: String, ref: String, style: String, sheet: String) throws -> String {
        guard text.utf16.count <= 32_767 else {
            throw DocumentError.beyondExcelLimits(sheet: sheet, detail: "ô \(ref) dài hơn 32 767 ký tự")
        }
        let preserve =
            text.unicodeScalars.first.map(\.properties.isWhitespace) == true
            || text.unicodeScalars.last.map(\.properties.isWhitespace) == true
            || text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
            || text.contains("  ")
        let space = preserve ? " xml:space=\"preserve\"" : ""
        return "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t\(space)>\(XMLText.escapeCellText(text))</t></is></c>"
    }

    /// Shortest text that reads back as the same Double; whole numbers without `.0`.
    static func number(_ n: Double) -> String {
        if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// Roughly how many characters wide the cell shows.
    private static func displayWidth(_ cell: Cell) -> Int {
        switch cell {
        case .text(let t):
            return t.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map(\.count).max() ?? 0
        case .date: return 10
        default: return cell.string.count
        }
    }
}
