import Foundation
import ThiDuaCore

/// Reads the values of every worksheet of an .xlsx workbook, in workbook order.
///
/// - `rows[i]` is Excel row `i + 1` and `rows[i][j]` is column `j + 1`: cells are placed by their
///   `r` reference, so gaps come back as `.empty` and an empty row as `[]`. Trailing `.empty`
///   cells of a row and trailing empty rows are dropped.
/// - Shared strings (rich-text runs joined, phonetic runs ignored), inline strings, numbers,
///   booleans, error values (as their text, e.g. `#N/A`) and dates: a number whose format shows a
///   day, month or year becomes `.date` (any time of day is dropped). A format showing only a time
///   (e.g. `h:mm`) keeps the number.
/// - A cell with a formula is refused: officers must paste values first. The one exception is
///   LibreOffice's way of saving a boolean, the constant formula `TRUE()`/`FALSE()`.
/// - Chart sheets are skipped.
/// - Every `SpreadsheetLimits` limit is checked as the parts inflate and parse: a file over one is
///   refused with a `DocumentError` that names it.
public enum XLSXReader {
    public static func read(_ data: Data, limits: SpreadsheetLimits = .default) throws -> [Table] {
        try tables(in: ZipPackageReader(data, limits: limits), limits: limits, firstOnly: false)
    }

    /// The first worksheet only, as an import reads it (the other sheets are not even inflated);
    /// nil when the workbook has none.
    public static func firstSheet(_ data: Data, limits: SpreadsheetLimits = .default) throws -> Table? {
        try tables(in: ZipPackageReader(data, limits: limits), limits: limits, firstOnly: true).first
    }

    static func tables(in zip: ZipPackageReader, limits: SpreadsheetLimits, firstOnly: Bool) throws -> [Table] {
        let workbookPath = try officeDocumentPath(zip, limits: limits)
        let workbook = try XNode.parse(try zip.xml(workbookPath, rules: XNode.rules(limits)))
        let date1904 =
            workbook.child("workbookPr").flatMap { $0["date1904"] }.map { $0 == "1" || $0 == "true" } ?? false
        let relationships = try relationshipsOf(workbookPath, in: zip, limits: limits)

        var sharedStrings: [String] = []
        if let rel = relationships.values.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            sharedStrings = try SharedStringsHandler.read(
                try zip.xml(rel.target, rules: SharedStringsHandler.rules(limits)),
                limits: limits)
        }
        var dateStyles = Set<Int>()
        if let rel = relationships.values.first(where: { $0.type.hasSuffix("/styles") }) {
            dateStyles = try dateStyleIndexes(XNode.parse(try zip.xml(rel.target, rules: XNode.rules(limits))))
        }

        guard let sheetsNode = workbook.child("sheets") else {
            throw DocumentError.malformed("\(workbookPath) không có danh sách trang <sheets>")
        }
        var tables: [Table] = []
        var budget = SheetHandler.Budget(listed: limits.maxCells, filled: limits.maxCells)
        for sheet in sheetsNode.children("sheet") {
            let name = sheet["name"] ?? "Trang \(tables.count + 1)"
            guard let id = sheet.namespaced("id"), let rel = relationships[id] else {
                throw DocumentError.malformed("trang “\(name)” không có liên kết tới phần dữ liệu")
            }
            guard rel.type.hasSuffix("/worksheet") else { continue }  // chart sheet, macro sheet…
            let xml = try zip.xml(rel.target, rules: sheetRules(limits, cellsLeft: budget.listed))
            let rows = try SheetHandler.read(
                xml, sheet: name, sharedStrings: sharedStrings, dateStyles: dateStyles,
                date1904: date1904, limits: limits, budget: &budget)
            tables.append(Table(name: name, rows: rows))
            if firstOnly { break }
        }
        return tables
    }

    /// What the guard checks in a worksheet, with `cellsLeft` of the workbook's cells.
    static func sheetRules(_ limits: SpreadsheetLimits, cellsLeft: Int) -> XMLGuard.Rules {
        SheetHandler.rules(limits, cellsLeft: cellsLeft)
    }

    // MARK: Package structure

    /// The main part named by `_rels/.rels`, or the usual `xl/workbook.xml`.
    private static func officeDocumentPath(_ zip: ZipPackageReader, limits: SpreadsheetLimits) throws -> String {
        if zip.contains("_rels/.rels") {
            // A broken `.rels` falls back to the usual path; a limit or a DOCTYPE does not.
            var rels: [String: Relationship] = [:]
            do { rels = try relationshipsOf("", in: zip, limits: limits) } catch DocumentError.malformed {}
            if let main = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }), zip.contains(main.target)
            {
                return main.target
            }
        }
        guard zip.contains("xl/workbook.xml") else { throw DocumentError.missingPart("xl/workbook.xml") }
        return "xl/workbook.xml"
    }

    struct Relationship {
        var type: String
        /// Full path inside the package, resolved against the source part.
        var target: String
    }

    /// Relationships of `part` (`""` for the package itself), by id; `missingPart` without them.
    private static func relationshipsOf(
        _ part: String, in zip: ZipPackageReader,
        limits: SpreadsheetLimits
    ) throws -> [String: Relationship] {
        let directory = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
        guard zip.contains(relsPath) else { throw DocumentError.missingPart(relsPath) }
        let root = try XNode.parse(try zip.xml(relsPath, rules: XNode.rules(limits)))
        var result: [String: Relationship] = [:]
        for rel in root.children("Relationship") {
            guard let id = rel["Id"], let type = rel["Type"], let target = rel["Target"],
                rel["TargetMode"] != "External"
            else { continue }
            result[id] = Relationship(type: type, target: resolve(target, from: directory))
        }
        return result
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/a.xml` is absolute.
    static func resolve(_ target: String, from directory: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : directory.split(separator: "/")
        for piece in decoded.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: Styles

    /// Indexes into `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ styles: XNode) -> Set<Int> {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"] {
                custom[id] = code
            }
        }
        var result = Set<Int>()
        for (index, xf) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
            let id = xf["numFmtId"].flatMap(Int.init) ?? 0
            if let code = custom[id] {
                if isDateFormat(code) { result.insert(index) }
            } else if builtInDateFormats.contains(id) {
                result.insert(index)
            }
        }
        return result
    }

    /// Built-in formats that show a day: 14 `m/d/yyyy`, 15 `d-mmm-yy`, 16 `d-mmm`, 17 `mmm-yy`,
    /// 22 `m/d/yyyy h:mm`. (18–21 and 45–47 are times of day or durations, not dates.)
    static let builtInDateFormats: Set<Int> = [14, 15, 16, 17, 22]

    /// Whether a custom format code shows a date: it has a day or year token, or a month (`m`)
    /// that is not a minute (no hour or second beside it). Quoted text, `\x` escapes, `_x`, `*x`
    /// and `[…]` sections (colours, locales, elapsed `[h]`) are ignored.
    static func isDateFormat(_ code: String) -> Bool {
        var tokens = Set<Character>()
        var it = code.lowercased().makeIterator()
        var inQuote = false
        var inBracket = false
        while let ch = it.next() {
            if inQuote {
                if ch == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if ch == "]" { inBracket = false }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": _ = it.next()
            case "d", "m", "y", "h", "s", "e", "b", "g": tokens.insert(ch)
            default: break
            }
        }
        if code.lowercased().contains("general") && tokens.isSubset(of: ["e", "g"]) { return false }
        if tokens.contains("d") || tokens.contains("y") { return true }
        return tokens.contains("m") && !tokens.contains("h") && !tokens.contains("s")
    }
}

// MARK: - Shared strings

/// `xl/sharedStrings.xml`: one string per `<si>`, the text of its `<t>` elements (plain or in
/// rich-text runs `<r>`), leaving out phonetic guides `<rPh>`.
private final class SharedStringsHandler: XMLHandler {
    private let limits: SpreadsheetLimits
    private var strings: [String] = []
    private var bytes = 0
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    private init(limits: SpreadsheetLimits) {
        self.limits = limits
    }

    /// The guard counts `<si>` too, so that a flood of them is refused before parsing.
    static func rules(_ limits: SpreadsheetLimits) -> XMLGuard.Rules {
        var rules = XMLGuard.Rules(limits)
        rules.counted = [
            XMLGuard.Counted(
                "si", limit: limits.maxSharedStrings,
                error: .tooManySharedStrings(limit: limits.maxSharedStrings))
        ]
        return rules
    }

    static func read(_ xml: CheckedXML, limits: SpreadsheetLimits) throws -> [String] {
        let handler = SharedStringsHandler(limits: limits)
        try handler.run(xml)
        return handler.strings
    }

    override func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "si":
            guard strings.count < limits.maxSharedStrings else {
                throw DocumentError.tooManySharedStrings(limit: limits.maxSharedStrings)
            }
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    override func end(_ name: String) throws {
        switch name {
        case "si":
            let string = try CellText.checked(XMLText.decodeCellText(current), cell: nil, limits: limits)
            bytes += string.utf8.count
            guard bytes <= limits.maxSharedStringBytes else {
                throw DocumentError.sharedStringsTooLarge(limitBytes: limits.maxSharedStringBytes)
            }
            strings.append(string)
            inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) throws {
        guard inText else { return }
        current += string
        try CellText.checkGrowing(current, cell: nil, limits: limits)
    }
}

// MARK: - Worksheet

/// Streams one `xl/worksheets/sheetN.xml` into rows of cells.
private final class SheetHandler: XMLHandler {
    /// Cells left for the rest of the workbook: `<c>` elements listed, and cells filled in.
    struct Budget {
        var listed: Int
        var filled: Int
    }

    private let sheet: String
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let date1904: Bool
    private let limits: SpreadsheetLimits
    private var budget: Budget

    private var rows: [[Cell]] = []
    private var rowNumber = 0  // current Excel row, 1-based
    private var columnNumber = 0  // last column placed in this row

    // The cell being read.
    private var inCell = false
    private var ref = ""
    private var type = "n"
    private var style = 0
    private var value: String?
    private var inlineText: String?
    private var capture: Capture = .none
    private var phoneticDepth = 0
    private var buffer = ""

    private var formula: String?

    private enum Capture { case none, value, inlineText, formula }

    private init(
        sheet: String, sharedStrings: [String], dateStyles: Set<Int>, date1904: Bool,
        limits: SpreadsheetLimits, budget: Budget
    ) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.limits = limits
        self.budget = budget
    }

    /// The guard counts cells and rows, and reads the `<dimension>` the sheet claims, so that a
    /// sheet over a limit is refused before the parser starts.
    static func rules(_ limits: SpreadsheetLimits, cellsLeft: Int) -> XMLGuard.Rules {
        var rules = XMLGuard.Rules(limits)
        rules.counted = [
            XMLGuard.Counted("c", limit: cellsLeft, error: .tooManyCells(limit: limits.maxCells)),
            XMLGuard.Counted("row", limit: limits.maxRows, error: .tooManyRows(limit: limits.maxRows)),
        ]
        rules.inspected = XMLGuard.Inspected("dimension") { tag in
            guard let ref = XMLGuard.attribute("ref", in: tag) else { return }
            try checkDimension(ref, limits: limits)
        }
        return rules
    }

    /// Refuses a sheet whose `<dimension ref="A1:Z9000000"/>` is beyond the limits. Only a hint:
    /// it may be absent or lie, so the rows and cells themselves are counted anyway, and one that
    /// cannot be read is ignored.
    static func checkDimension(_ ref: String, limits: SpreadsheetLimits) throws {
        var column = 0
        var row = 0
        for byte in (ref.split(separator: ":").last ?? "").utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard row == 0 else { return }
                column = min(column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1, Int(Int32.max))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = min(row * 10 + Int(byte - UInt8(ascii: "0")), Int(Int32.max))
            case UInt8(ascii: "$"):
                continue
            default:
                return
            }
        }
        guard column > 0 && row > 0 else { return }
        if row > limits.maxRows { throw DocumentError.tooManyRows(limit: limits.maxRows) }
        if column > limits.maxColumns { throw DocumentError.tooManyColumns(limit: limits.maxColumns) }
    }

    static func read(
        _ xml: CheckedXML, sheet: String, sharedStrings: [String], dateStyles: Set<Int>,
        date1904: Bool, limits: SpreadsheetLimits, budget: inout Budget
    ) throws -> [[Cell]] {
        let handler = SheetHandler(
            sheet: sheet, sharedStrings: sharedStrings, dateStyles: dateStyles,
            date1904: date1904, limits: limits, budget: budget)
        try handler.run(xml)
        budget = handler.budget
        var rows = handler.rows
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        return rows
    }

    override func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "row":
            if let r = attributes["r"] {
                guard let n = Int(r.trimmingCharacters(in: .whitespaces)), (1...CellReference.maxRows).contains(n)
                else {
                    throw DocumentError.malformed("trang “\(sheet)” có số dòng “\(r)” không hợp lệ")
                }
                rowNumber = n
            } else {
                rowNumber += 1
                guard rowNumber <= CellReference.maxRows else {
                    throw DocumentError.malformed("trang “\(sheet)” có quá 1 048 576 dòng")
                }
            }
            columnNumber = 0
        case "c":
            budget.listed -= 1
            guard budget.listed >= 0 else { throw DocumentError.tooManyCells(limit: limits.maxCells) }
            inCell = true
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
            inlineText = nil
            formula = nil
            phoneticDepth = 0
            if let r = attributes["r"] {
                guard let parsed = CellReference.parse(r.trimmingCharacters(in: .whitespaces)) else {
                    throw DocumentError.malformed("trang “\(sheet)” có tham chiếu ô “\(r)” không hợp lệ")
                }
                // The cell's own reference wins over its row's.
                rowNumber = parsed.row
                columnNumber = parsed.column
            } else {
                rowNumber = max(rowNumber, 1)
                columnNumber += 1
                guard columnNumber <= CellReference.maxColumns else {
                    throw DocumentError.malformed("trang “\(sheet)” có quá 16 384 cột")
                }
            }
            ref = CellReference.name(row: rowNumber, column: columnNumber)
        case "f" where inCell:
            formula = ""
            capture = .formula
            buffer = ""
        case "v" where inCell:
            capture = .value
            buffer = ""
        case "is" where inCell:
            inlineText = ""
        case "rPh" where inCell:
            phoneticDepth += 1
        case "t" where inCell && inlineText != nil && phoneticDepth == 0:
            capture = .inlineText
            buffer = ""
        default:
            break
        }
    }

    override func end(_ name: String) throws {
        switch name {
        case "v" where capture == .value:
            value = buffer
            capture = .none
        case "t" where capture == .inlineText:
            inlineText? += buffer
            try CellText.checkGrowing(inlineText ?? "", cell: ref, limits: limits)
            capture = .none
        case "f" where capture == .formula:
            formula = buffer
            capture = .none
        case "rPh" where inCell:
            phoneticDepth -= 1
        case "c" where inCell:
            inCell = false
            if let formula, !isBooleanConstant(formula) {
                throw DocumentError.formulaCell(sheet: sheet, cell: ref)
            }
            try place(try makeCell())
        default:
            break
        }
    }

    override func text(_ string: String) throws {
        guard capture != .none else { return }
        buffer += string
        try CellText.checkGrowing(buffer, cell: ref, limits: limits)
    }

    /// LibreOffice saves a boolean cell as the formula `TRUE()` or `FALSE()` with its value:
    /// a constant, not a calculation, so it is read as the boolean (only in a `t="b"` cell).
    private func isBooleanConstant(_ formula: String) -> Bool {
        let f = formula.trimmingCharacters(in: .whitespaces).uppercased()
        return type == "b" && value != nil && ["TRUE()", "FALSE()", "TRUE", "FALSE", "=TRUE()", "=FALSE()"].contains(f)
    }

    private func makeCell() throws -> Cell {
        switch type {
        case "s":
            guard let v = value else { return .empty }
            guard let i = Int(v.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(i) else {
                throw DocumentError.malformed("ô \(ref) của trang “\(sheet)” trỏ tới chuỗi dùng chung “\(v)” không có")
            }
            return .text(sharedStrings[i])
        case "inlineStr":
            guard let text = inlineText ?? value else { return .empty }
            return .text(try CellText.checked(XMLText.decodeCellText(text), cell: ref, limits: limits))
        case "str", "e":
            guard let text = value else { return .empty }
            return .text(try CellText.checked(XMLText.decodeCellText(text), cell: ref, limits: limits))
        case "b":
            switch value?.trimmingCharacters(in: .whitespaces) {
            case nil: return .empty
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            case let v?: throw DocumentError.malformed("ô \(ref) của trang “\(sheet)” có giá trị logic “\(v)”")
            }
        case "d":
            guard let v = value else { return .empty }
            guard let day = LocalDate(String(v.trimmingCharacters(in: .whitespaces).prefix(10))) else {
                throw DocumentError.invalidValue(sheet: sheet, cell: ref, detail: "ngày “\(v)” không đọc được")
            }
            return .date(day)
        case "n":
            guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return .empty }
            guard let n = Double(v), n.isFinite else {
                throw DocumentError.malformed("ô \(ref) của trang “\(sheet)” có số “\(v)” không đọc được")
            }
            guard dateStyles.contains(style) else { return .number(n) }
            guard let day = ExcelDate.date(fromSerial: n, date1904: date1904) else {
                throw DocumentError.invalidValue(
                    sheet: sheet, cell: ref,
                    detail: "ngày không có thật (số sê-ri \(XLSXWriter.number(n)))")
            }
            return .date(day)
        default:
            throw DocumentError.malformed("ô \(ref) của trang “\(sheet)” có kiểu “\(type)” không biết")
        }
    }

    /// Puts the cell at (rowNumber, columnNumber), padding the gaps with `.empty`. Cells are
    /// normally in order, but a file that lists them otherwise still reads right.
    private func place(_ cell: Cell) throws {
        guard cell != .empty else { return }
        guard rowNumber <= limits.maxRows else { throw DocumentError.tooManyRows(limit: limits.maxRows) }
        guard columnNumber <= limits.maxColumns else { throw DocumentError.tooManyColumns(limit: limits.maxColumns) }
        let r = rowNumber - 1
        let c = columnNumber - 1
        while rows.count <= r { rows.append([]) }
        if c < rows[r].count {
            rows[r][c] = cell
            return
        }
        let growth = c + 1 - rows[r].count
        budget.filled -= growth
        guard budget.filled >= 0 else { throw DocumentError.tooManyCells(limit: limits.maxCells) }
        rows[r].append(contentsOf: repeatElement(Cell.empty, count: growth - 1))
        rows[r].append(cell)
    }
}
