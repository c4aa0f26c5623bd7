import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

private func day(_ text: String) -> Cell { .date(LocalDate(text)!) }

@Suite struct XLSXRoundTripTests {
    /// Two sheets with every kind of cell, Vietnamese text and XML-special characters.
    static let tables = [
        Table(
            name: "Nhân sự",
            rows: [
                [.text("Họ và tên"), .text("Ngày sinh"), .text("Điểm"), .text("Đảng viên"), .text("Ghi chú")],
                [.text("Nguyễn Thị Hồng Nhung"), day("29/02/2024"), .number(9.75), .bool(true), .text("<&>\"' đủ cả")],
                [.text("Trần Văn Đức"), day("01/03/1900"), .number(-3), .bool(false), .text("=SUM(A1)")],
                [.text("Lê Hoàng Yến"), day("01/01/1900"), .number(0), .empty, .text("  dòng 1\ndòng 2\r\ndòng 3  ")],
                [.text("Phạm Ngọc Ánh"), .empty, .empty, .bool(true), .text("ô giữa trống")],
                [],
                [.text("Sau một dòng trống"), day("31/12/9999"), .number(1e20), .number(1.0 / 3.0), .text("")],
            ]),
        Table(
            name: "Khen thưởng",
            rows: [
                [.text("Số"), .text("Ngày ký")],
                [.text("12/QĐ-LMHTXVN"), day("2023-01-06")],
            ]),
    ]

    @Test func writerThenReaderGivesTheSameTables() throws {
        // setup
        let tables = XLSXRoundTripTests.tables
        // MUT
        let data = try XLSXWriter.write(tables)
        let read = try XLSXReader.read(data)
        // validation
        #expect(read.count == 2)
        #expect(read.map(\.name) == ["Nhân sự", "Khen thưởng"])
        #expect(read[0].rows == tables[0].rows)
        #expect(read[1].rows == tables[1].rows)
        #expect(read == tables)
    }

    @Test func datesAreRealDateCellsWithTheExcelSerialAndFormat() throws {
        // setup
        let table = Table(
            name: "Ngày",
            rows: [
                [.text("Ngày")], [day("29/02/2024")], [day("01/01/1900")],
                [day("28/02/1900")], [day("01/03/1900")],
            ])
        // MUT
        let zip = try ZipPackageReader(try XLSXWriter.write([table]))
        let sheet = String(decoding: try zip.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        let styles = String(decoding: try zip.read("xl/styles.xml"), as: UTF8.self)
        // validation: Excel's own serials (1900 system: 1 = 01/01/1900, 60 = the phantom 29/02/1900)
        #expect(sheet.contains("<c r=\"A2\" s=\"2\"><v>45351</v></c>"))
        #expect(sheet.contains("<c r=\"A3\" s=\"2\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"A4\" s=\"2\"><v>59</v></c>"))
        #expect(sheet.contains("<c r=\"A5\" s=\"2\"><v>61</v></c>"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
        #expect(styles.contains("<xf numFmtId=\"164\""))
    }

    @Test func excelSerialsAtTheBoundaries() {
        // setup
        let cases: [(String, Int?)] = [
            ("1899-12-31", nil), ("1900-01-01", 1), ("1900-02-28", 59),
            ("1900-03-01", 61), ("1970-01-01", 25_569), ("2024-02-29", 45_351),
            ("9999-12-31", 2_958_465),
        ]
        for (iso, serial) in cases {
            // MUT
            let written = ExcelDate.serial(of: LocalDate(iso)!)
            // validation
            #expect(written == serial, "\(iso)")
            if let serial {
                #expect(ExcelDate.date(fromSerial: Double(serial))?.iso == iso)
                #expect(ExcelDate.date(fromSerial: Double(serial) + 0.75)?.iso == iso, "time of day dropped")
            }
        }
        #expect(ExcelDate.date(fromSerial: 60) == nil, "29/02/1900 never existed")
        #expect(ExcelDate.date(fromSerial: 0) == nil)
        #expect(ExcelDate.date(fromSerial: 0, date1904: true)?.iso == "1904-01-01")
    }

    @Test func textIsNeverAFormulaAndHeaderIsBold() throws {
        // setup
        let table = Table(name: "T", rows: [[.text("Tên"), .number(1)], [.text("=1+1"), .bool(true)]])
        // MUT
        let zip = try ZipPackageReader(try XLSXWriter.write([table]))
        let sheet = String(decoding: try zip.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        // validation
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>=1+1</t></is></c>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Tên</t></is></c>"))
        #expect(sheet.contains("<c r=\"B1\" s=\"1\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"B2\" t=\"b\"><v>1</v></c>"))
        #expect(sheet.contains("<cols><col min=\"1\" max=\"1\""))
    }

    @Test func everyPartIsWellFormedXML() throws {
        // setup
        let data = try XLSXWriter.write(XLSXRoundTripTests.tables)
        let zip = try ZipPackageReader(data)
        let parts = [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ]
        for part in parts {
            // MUT
            let check = WellFormed(try zip.read(part))
            // validation
            #expect(check.problems.isEmpty, "\(part): \(check.problems)")
            #expect(check.elements > 0, "\(part)")
        }
        // The checker itself must catch what Linux's lenient XMLParser lets through.
        #expect(!WellFormed(Data("<a><b></a>".utf8)).problems.isEmpty)
        #expect(!WellFormed(Data("<a>".utf8)).problems.isEmpty)
        #expect(!WellFormed(Data("<a>&bogus;</a>".utf8)).problems.isEmpty)
    }

    @Test func controlCharactersAndEscapesSurvive() throws {
        // setup: U+0001 cannot appear in XML; a literal "_x0041_" must not be decoded as "A".
        let texts = ["a\u{1}b", "_x0041_", "x\r\ny", "tab\there", "Nguye\u{0302}\u{0303}n (NFD giữ nguyên)"]
        let table = Table(name: "T", rows: [texts.map(Cell.text)])
        // MUT
        let read = try XLSXReader.read(try XLSXWriter.write([table]))
        // validation
        #expect(read[0].rows == [texts.map(Cell.text)])
        if case .text(let nfd) = read[0].rows[0][4] {
            #expect(nfd.unicodeScalars.count == texts[4].unicodeScalars.count, "no silent normalisation")
        }
    }

    @Test func sheetNamesAreMadeAcceptableToExcel() {
        // setup
        let names = [
            "Nhân sự: 2024/2025", "", "a[b]c*d?e\\f", String(repeating: "Đ", count: 40), "khen thưởng",
            "Khen Thưởng", "'trích'", "History", String(repeating: "Đ", count: 35),
        ]
        // MUT
        let sane = XLSXWriter.sanitizedSheetNames(names)
        // validation
        #expect(sane[0] == "Nhân sự- 2024-2025")
        #expect(sane[1] == "Trang 2")
        #expect(sane[2] == "a-b-c-d-e-f")
        #expect(sane[3] == String(repeating: "Đ", count: 31))
        #expect(sane[4] == "khen thưởng")
        #expect(sane[5] == "Khen Thưởng (2)")
        #expect(sane[6] == "trích")
        #expect(sane[7] == "History 1")
        #expect(sane[8] == String(repeating: "Đ", count: 27) + " (2)")
        for name in sane {
            #expect(name.utf16.count <= 31)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
        }
        #expect(Set(sane.map { $0.lowercased() }).count == sane.count)
    }

    @Test func datesBefore1900AreWrittenAsTheirText() throws {
        // setup
        let table = Table(name: "T", rows: [[day("31/12/1899")]])
        // MUT
        let read = try XLSXReader.read(try XLSXWriter.write([table]))
        // validation
        #expect(read[0].rows == [[.text("31/12/1899")]])
    }

    @Test func valuesExcelCannotHoldAreRefused() {
        // MUT + validation
        #expect(throws: DocumentError.invalidValue(sheet: "Số", cell: "B1", detail: "số không hữu hạn (nan)")) {
            try XLSXWriter.write([Table(name: "Số", rows: [[.number(1), .number(.nan)]])])
        }
        let long = String(repeating: "a", count: 32_768)
        #expect(throws: DocumentError.beyondExcelLimits(sheet: "T", detail: "ô A1 dài hơn 32 767 ký tự")) {
            try XLSXWriter.write([Table(name: "T", rows: [[.text(long)]])])
        }
    }

    @Test func noTablesStillMakesAWorkbookExcelOpens() throws {
        // MUT
        let read = try XLSXReader.read(try XLSXWriter.write([]))
        // validation
        #expect(read == [Table(name: "Trang 1", rows: [])])
    }

    @Test func readsAndWritesInParallel() async throws {
        // setup: a server handles several uploads at once; XMLParser and ZIPFoundation must cope.
        let tables = XLSXRoundTripTests.tables
        let data = try XLSXWriter.write(tables)
        // MUT
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<32 {
                group.addTask {
                    if i.isMultiple(of: 2) { return try XLSXReader.read(data) == tables }
                    return try XLSXWriter.write(tables) == data
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        // validation
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 })
    }

    @Test func sameTablesGiveSameBytes() throws {
        // MUT
        let a = try XLSXWriter.write(XLSXRoundTripTests.tables)
        let b = try XLSXWriter.write(XLSXRoundTripTests.tables)
        // validation
        #expect(a == b)
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}

/// A strict well-formedness check on top of XMLParser, which on Linux runs libxml2 in recovery
/// mode (`parse()` returns true for `<a><b></a>`, and reports nothing for `<a>`).
private final class WellFormed: NSObject, XMLParserDelegate {
    private(set) var problems: [String] = []
    private(set) var elements = 0
    private var open: [String] = []
    private var roots = 0

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { problems.append("parse() returned false: \(String(describing: parser.parserError))") }
        if !open.isEmpty { problems.append("unclosed: \(open)") }
        if roots != 1 { problems.append("\(roots) root elements") }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if open.isEmpty { roots += 1 }
        open.append(elementName)
        elements += 1
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        if open.popLast() != elementName { problems.append("mismatched </\(elementName)>") }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        problems.append("error \((parseError as NSError).code) at line \(parser.lineNumber)")
    }
}
