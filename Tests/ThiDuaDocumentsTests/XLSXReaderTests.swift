import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

/// Workbooks built by hand from XML, the way Excel and other producers write them.
enum HandMade {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="\(pkg)"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    /// Sheet "Danh sách" is stored in sheet2.xml but comes first in the workbook.
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr/><sheets>
        <sheet name="Danh sách" sheetId="7" r:id="rId2"/>
        <sheet name="Nhân sự" sheetId="3" r:id="rId1"/>
        </sheets></workbook>
        """

    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="\(pkg)">
        <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="\(rel)/worksheet" Target="/xl/worksheets/sheet2.xml"/>
        <Relationship Id="rId3" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/>
        <Relationship Id="rId4" Type="\(rel)/styles" Target="styles.xml"/>
        </Relationships>
        """

    /// 0: plain, 1: built-in 14 (m/d/yyyy), 2: custom 165 `[$-42A]dd/mm/yyyy;@`, 3: custom 166 `h:mm`
    /// (a time, not a date), 4: custom 167 `0.00"d"` (a number whose quoted text has a d).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="\(main)"><numFmts count="3">
        <numFmt numFmtId="165" formatCode="[$-42A]dd/mm/yyyy;@"/>
        <numFmt numFmtId="166" formatCode="h:mm"/>
        <numFmt numFmtId="167" formatCode="0.00&quot;d&quot;"/>
        </numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>
        <xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>
        </styleSheet>
        """

    /// Plain, rich text (runs), a phonetic guide that must not show, and an escaped CR.
    static let sharedStrings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="\(main)" count="4" uniqueCount="4">
        <si><t>Họ và tên</t></si>
        <si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r></si>
        <si><t>Ghi chú</t><rPh sb="0" eb="1"><t>ぎ</t></rPh></si>
        <si><t>dòng 1_x000D_
        dòng 2</t></si>
        </sst>
        """

    static func sheet(_ data: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="\(main)" xmlns:r="\(rel)"><sheetData>\(data)</sheetData></worksheet>
        """
    }

    /// Gaps: B1 missing, row 2 missing, cells without `r` follow on, a row without `r` follows on.
    static let listSheet = sheet(
        """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>
        <row r="3"><c r="A3" t="s"><v>1</v></c><c s="1"><v>45351</v></c><c><v>2.5</v></c><c t="b"><v>1</v></c></row>
        <row><c r="B4" s="2"><v>44932</v></c><c r="C4" s="3"><v>0.5</v></c><c r="D4" s="4"><v>7</v></c>\
        <c r="E4" t="inlineStr"><is><r><t>Trần </t></r><r><t>Bình</t></r></is></c><c r="F4" t="s"><v>3</v></c></row>
        <row r="5"><c r="A5" s="1"/><c r="B5" t="e"><v>#N/A</v></c></row>
        """)

    /// The second row and its cells have no `r`: they follow on.
    static let otherSheet = sheet(
        """
        <row r="1"><c r="A1" t="inlineStr"><is><t>Một</t></is></c></row>
        <row><c t="inlineStr"><is><t>Hai</t></is></c><c><v>2</v></c></row>
        """)

    static func parts(overriding overrides: [String: String?] = [:]) -> [(path: String, data: Data)] {
        var parts: [String: String] = [
            "[Content_Types].xml":
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "_rels/.rels": rootRels,
            "xl/workbook.xml": workbook,
            "xl/_rels/workbook.xml.rels": workbookRels,
            "xl/styles.xml": styles,
            "xl/sharedStrings.xml": sharedStrings,
            "xl/worksheets/sheet1.xml": otherSheet,
            "xl/worksheets/sheet2.xml": listSheet,
        ]
        for (path, xml) in overrides { parts[path] = xml }
        return parts.sorted { $0.key < $1.key }.map { ($0.key, Data($0.value.utf8)) }
    }

    static func xlsx(overriding overrides: [String: String?] = [:]) throws -> Data {
        try ZipPackageWriter.archive(parts(overriding: overrides))
    }
}

@Suite struct XLSXReaderTests {
    @Test func readsAHandMadeWorkbook() throws {
        // setup
        let data = try HandMade.xlsx()
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(tables.map(\.name) == ["Danh sách", "Nhân sự"])
        let rows = tables[0].rows
        #expect(rows.count == 5)
        #expect(rows[0] == [.text("Họ và tên"), .empty, .text("Ghi chú")])
        #expect(rows[1] == [])
        #expect(rows[2] == [.text("Nguyễn Văn An"), .date(LocalDate("29/02/2024")!), .number(2.5), .bool(true)])
        #expect(
            rows[3] == [
                .empty, .date(LocalDate("06/01/2023")!), .number(0.5), .number(7),
                .text("Trần Bình"), .text("dòng 1\r\ndòng 2"),
            ])
        #expect(rows[4] == [.empty, .text("#N/A")])
        #expect(tables[1].rows == [[.text("Một")], [.text("Hai"), .number(2)]])
    }

    @Test func chartSheetsAreSkipped() throws {
        // setup: a third sheet that is a chart, not a worksheet.
        let workbook = HandMade.workbook.replacingOccurrences(
            of: "</sheets>", with: "<sheet name=\"Biểu đồ\" sheetId=\"9\" r:id=\"rId9\"/></sheets>")
        let rels = HandMade.workbookRels.replacingOccurrences(
            of: "</Relationships>",
            with:
                "<Relationship Id=\"rId9\" Type=\"\(HandMade.rel)/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>"
        )
        let chart =
            "<chartsheet xmlns=\"\(HandMade.main)\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>"
        let data = try HandMade.xlsx(overriding: [
            "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": rels,
            "xl/chartsheets/sheet1.xml": chart,
        ])
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(tables.map(\.name) == ["Danh sách", "Nhân sự"])
    }

    @Test func aFormulaCellIsRefusedWithItsReference() throws {
        // setup
        let sheet = HandMade.sheet(
            """
            <row r="7"><c r="A7"><v>1</v></c><c r="B7"><f>SUM(A1:A6)</f><v>21</v></c></row>
            """)
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": sheet])
        // MUT + validation
        let error = #expect(throws: DocumentError.formulaCell(sheet: "Nhân sự", cell: "B7")) {
            try XLSXReader.read(data)
        }
        #expect(
            error?.message
                == "Ô B7 của trang “Nhân sự” chứa công thức. Hãy dán giá trị (Paste Special → Values) rồi nhập lại.")
    }

    @Test func aSharedFormulaWithoutTextIsRefusedToo() throws {
        // setup: cells that reuse another cell's formula carry an empty <f t="shared" si="0"/>.
        let sheet = HandMade.sheet("<row><c><v>1</v></c><c><f t=\"shared\" si=\"0\"/><v>2</v></c></row>")
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": sheet])
        // MUT + validation
        #expect(throws: DocumentError.formulaCell(sheet: "Nhân sự", cell: "B1")) { try XLSXReader.read(data) }
    }

    @Test func libreOfficesBooleanConstantsAreValuesButRealFormulasAreNot() throws {
        // setup: LibreOffice saves a typed TRUE as <f>TRUE()</f> with its value.
        let constants = HandMade.sheet(
            """
            <row r="1"><c r="A1" t="b"><f aca="false">TRUE()</f><v>1</v></c><c r="B1" t="b"><f>FALSE()</f><v>0</v></c></row>
            """)
        let computed = HandMade.sheet(
            """
            <row r="1"><c r="A1" t="b"><f>TRUE()</f><v>1</v></c><c r="B1" t="b"><f>A1=1</f><v>1</v></c></row>
            """)
        // MUT
        let read = try XLSXReader.read(try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": constants]))
        // validation
        #expect(read[1].rows == [[.bool(true), .bool(false)]])
        #expect(throws: DocumentError.formulaCell(sheet: "Nhân sự", cell: "B1")) {
            try XLSXReader.read(try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": computed]))
        }
    }

    @Test func aSheetPartNamedByTheRelsButAbsentIsAMissingPart() throws {
        // setup
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet2.xml": nil])
        // MUT + validation
        #expect(throws: DocumentError.missingPart("xl/worksheets/sheet2.xml")) { try XLSXReader.read(data) }
    }

    @Test func aZipWithoutWorkbookIsAMissingPart() throws {
        // setup
        let data = try HandMade.xlsx(overriding: ["xl/workbook.xml": nil, "_rels/.rels": nil])
        // MUT + validation
        let error = #expect(throws: DocumentError.missingPart("xl/workbook.xml")) { try XLSXReader.read(data) }
        #expect(error?.message.contains("xl/workbook.xml") == true)
    }

    @Test func bytesThatAreNotAZipAreRefused() {
        // setup
        let inputs = [
            Data(), Data("Họ và tên,Ngày sinh\r\n".utf8),
            Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)),
        ]
        for data in inputs {
            // MUT + validation
            let error = #expect(throws: DocumentError.notAZip) { try XLSXReader.read(data) }
            #expect(
                error?.message.hasPrefix("Tệp không phải là tệp Excel .xlsx hợp lệ (không đọc được nén ZIP).") == true)
        }
    }

    @Test(arguments: [
        HandMade.sheet("<row><c><v>1</v></row>"),  // mismatched end tag
        HandMade.sheet("<row><c t=\"inlineStr\"><is><t>&bogus;</t></is></c></row>"),  // undefined entity
        HandMade.sheet("<row><c><v>1</v></c></row>").components(separatedBy: "</c>")[0],  // cut short
        HandMade.sheet("") + "<extra/>",  // two roots
        "<w>",  // tiny: Linux's XMLParser reports neither an error nor an element for it
    ])
    func malformedXMLIsReported(part: String) throws {
        // setup
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": part])
        // MUT
        var caught: DocumentError?
        do { _ = try XLSXReader.read(data) } catch let e as DocumentError { caught = e }
        // validation
        guard case .malformed(let detail)? = caught else {
            Issue.record("expected .malformed, got \(String(describing: caught))")
            return
        }
        #expect(detail.contains("xl/worksheets/sheet1.xml"))
    }

    @Test func aDoctypeIsRefused() throws {
        // setup: the start of a "billion laughs" (more cases in XMLGuardTests).
        let evil = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <worksheet xmlns="\(HandMade.main)"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": evil])
        // MUT + validation
        #expect(throws: DocumentError.doctype(part: "xl/worksheets/sheet1.xml")) { try XLSXReader.read(data) }
    }

    @Test func anEntryDeclaringMoreThan200MBIsRefused() throws {
        // setup: patch the central-directory "uncompressed size" of every entry to 300 MB.
        var data = try HandMade.xlsx()
        let bytes = [UInt8](data)
        var patched = 0
        for i in 0..<(bytes.count - 4) where bytes[i..<(i + 4)] == [0x50, 0x4B, 0x01, 0x02] {
            let size = UInt32(300 * 1024 * 1024)
            data.replaceSubrange((i + 24)..<(i + 28), with: withUnsafeBytes(of: size.littleEndian, Array.init))
            patched += 1
        }
        #expect(patched == 8)
        // MUT + validation
        #expect(throws: DocumentError.partTooLarge(part: "_rels/.rels", limitBytes: 200 * 1_048_576)) {
            try XLSXReader.read(data)
        }
    }

    @Test func anEntryInflatingBeyondItsDeclaredSizeIsStopped() throws {
        // setup: 5 000 bytes that compress well, whose central-directory size is made to claim 100;
        // read with a 1 000-byte limit.
        var data = try ZipPackageWriter.archive([("big.xml", Data(repeating: 0x41, count: 5_000))])
        let bytes = [UInt8](data)
        let cd = try #require((0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] })
        data.replaceSubrange((cd + 24)..<(cd + 28), with: [100, 0, 0, 0])
        let zip = try ZipPackageReader(data)
        // MUT + validation
        #expect(throws: DocumentError.partTooLarge(part: "big.xml", limitBytes: 1_000)) {
            try zip.read("big.xml", limit: 1_000)
        }
        #expect(try zip.read("big.xml", limit: 5_000).count == 5_000)
    }

    @Test func aSheetPartOverTenMegabytesReads() throws {
        // setup: libxml2 refuses a single buffer over 10 000 000 bytes unless it is fed in chunks.
        let long = String(repeating: "Nguyễn Văn An ", count: 700)  // 10 500 UTF-8 bytes
        let rows = (1...1_000).map {
            "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>"
        }
        let sheet = HandMade.sheet(rows.joined())
        #expect(sheet.utf8.count > 10_500_000)
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": sheet])
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(tables[1].rows.count == 1_000)
        #expect(tables[1].rows.last == [.text(long)])
    }

    @Test func aDateStyleOnAnImpossibleSerialIsReportedWithTheCell() throws {
        // setup: serial 60 is Excel's phantom 29/02/1900.
        let sheet = HandMade.sheet("<row r=\"2\"><c r=\"C2\" s=\"1\"><v>60</v></c></row>")
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet1.xml": sheet])
        // MUT + validation
        #expect(
            throws: DocumentError.invalidValue(
                sheet: "Nhân sự", cell: "C2",
                detail: "ngày không có thật (số sê-ri 60)")
        ) {
            try XLSXReader.read(data)
        }
    }

    @Test func dateFormatsAreToldFromTimesAndNumbers() {
        // MUT + validation
        for code in [
            "dd/mm/yyyy", "[$-42A]dd/mm/yyyy;@", "d-mmm", "mmm-yy", "mmmm", "yyyy", "\"Ngày \"dd",
            "dd/mm/yyyy hh:mm", "[Red]dd/mm/yy",
        ] {
            #expect(XLSXReader.isDateFormat(code), "\(code)")
        }
        for code in [
            "General", "0.00", "h:mm", "[h]:mm:ss", "mm:ss", "hh:mm AM/PM", "0.00\"d\"", "#,##0 \"ngày\"",
            "0.00E+00", "@", "_(* #,##0_)",
        ] {
            #expect(!XLSXReader.isDateFormat(code), "\(code)")
        }
    }

    @Test func prefixedSpreadsheetMLAndDate1904Read() throws {
        // setup: an `x:` prefix on every element, and the 1904 date system.
        let workbook = """
            <x:workbook xmlns:x="\(HandMade.main)" xmlns:rel="\(HandMade.rel)"><x:workbookPr date1904="1"/>\
            <x:sheets><x:sheet name="S" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>
            """
        let sheet = """
            <x:worksheet xmlns:x="\(HandMade.main)"><x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>0</x:v></x:c>\
            <x:c r="B1" t="inlineStr"><x:is><x:t>Một</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
            """
        let data = try HandMade.xlsx(overriding: ["xl/workbook.xml": workbook, "xl/worksheets/sheet1.xml": sheet])
        // MUT
        let tables = try XLSXReader.read(data)
        // validation
        #expect(tables == [Table(name: "S", rows: [[.date(LocalDate("1904-01-01")!), .text("Một")]])])
    }
}
