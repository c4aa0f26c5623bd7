import Foundation
import Testing

@testable import ThiDuaDocuments

/// Each limit of `SpreadsheetLimits`, with small values: a file just at the limit reads, one
/// over it is refused with the error that names it.
@Suite struct SpreadsheetLimitsTests {
    /// The first sheet of the hand-made workbook, with `rows` as its sheet data.
    static func firstSheet(_ rows: String, limits: SpreadsheetLimits) throws -> Table? {
        try XLSXReader.firstSheet(
            try HandMade.xlsx(overriding: ["xl/worksheets/sheet2.xml": HandMade.sheet(rows)]),
            limits: limits)
    }

    static func cells(_ refs: [String]) -> String {
        "<row>" + refs.map { "<c r=\"\($0)\"><v>1</v></c>" }.joined() + "</row>"
    }

    @Test func rowsWithValues() throws {
        // setup: the cells' own references place them, whatever their row element says.
        let limits = SpreadsheetLimits(maxRows: 3)
        // MUT + validation
        #expect(try Self.firstSheet(Self.cells(["A1", "A3"]), limits: limits)?.rows.count == 3)
        #expect(throws: DocumentError.tooManyRows(limit: 3)) {
            try Self.firstSheet(Self.cells(["A1", "A4"]), limits: limits)
        }
    }

    @Test func rowElementsEvenEmptyOnes() throws {
        // setup: formatted empty rows cost parsing time too; the guard counts them.
        let limits = SpreadsheetLimits(maxRows: 3)
        // MUT + validation
        #expect(try Self.firstSheet(String(repeating: "<row/>", count: 3), limits: limits)?.rows == [])
        #expect(throws: DocumentError.tooManyRows(limit: 3)) {
            try Self.firstSheet(String(repeating: "<row/>", count: 4), limits: limits)
        }
    }

    @Test func columnsWithValues() throws {
        // setup
        let limits = SpreadsheetLimits(maxColumns: 3)
        // MUT + validation
        #expect(try Self.firstSheet(Self.cells(["A1", "C1"]), limits: limits)?.rows.first?.count == 3)
        #expect(throws: DocumentError.tooManyColumns(limit: 3)) {
            try Self.firstSheet(Self.cells(["A1", "D1"]), limits: limits)
        }
        // An empty (formatted) cell further right is not a column of data.
        #expect(
            try Self.firstSheet(Self.cells(["A1"]) + "<row><c r=\"Z2\" s=\"1\"/></row>", limits: limits)?.rows.count
                == 1)
    }

    @Test func cellsListedEvenEmptyOnes() throws {
        // setup
        let limits = SpreadsheetLimits(maxCells: 4)
        // MUT + validation
        #expect(try Self.firstSheet("<row><c/><c/><c/><c/></row>", limits: limits)?.rows == [])
        #expect(throws: DocumentError.tooManyCells(limit: 4)) {
            try Self.firstSheet("<row><c/><c/><c/><c/><c/></row>", limits: limits)
        }
    }

    @Test func cellsFilledInBlanksIncluded() throws {
        // setup: two cells listed, but A1 and E1 fill five.
        let limits = SpreadsheetLimits(maxCells: 4)
        // MUT + validation
        #expect(try Self.firstSheet(Self.cells(["A1", "D1"]), limits: limits)?.rows.first?.count == 4)
        #expect(throws: DocumentError.tooManyCells(limit: 4)) {
            try Self.firstSheet(Self.cells(["A1", "E1"]), limits: limits)
        }
    }

    @Test func cellsOfTheWholeWorkbook() throws {
        // setup: the other sheet of the hand-made workbook lists 3 cells, fills 3.
        let sheet = HandMade.sheet(Self.cells(["A1", "B1"]))
        let data = try HandMade.xlsx(overriding: ["xl/worksheets/sheet2.xml": sheet])
        // MUT + validation
        #expect(try XLSXReader.read(data, limits: SpreadsheetLimits(maxCells: 5)).count == 2)
        #expect(throws: DocumentError.tooManyCells(limit: 4)) {
            try XLSXReader.read(data, limits: SpreadsheetLimits(maxCells: 4))
        }
        #expect(try XLSXReader.firstSheet(data, limits: SpreadsheetLimits(maxCells: 2))?.rows.first?.count == 2)
    }

    @Test func charactersOfACell() throws {
        // setup: characters, not bytes; `_x000D_` is one character once decoded. No shared strings.
        let limits = SpreadsheetLimits(maxCellTextLength: 5)
        func firstRow(_ text: String) throws -> [Cell]? {
            let sheet = HostileFiles.sheet(
                "<row><c r=\"B1\" t=\"inlineStr\"><is><t>\(text)</t></is></c></row>", count: 1)
            return try XLSXReader.firstSheet(try HostileFiles.workbook(sheet: sheet), limits: limits)?.rows.first
        }
        // MUT + validation
        #expect(try firstRow("Nguyễ") == [.empty, .text("Nguyễ")])
        #expect(try firstRow("ab_x000D_cd") == [.empty, .text("ab\rcd")])
        let error = #expect(throws: DocumentError.cellTextTooLong(cell: "B1", limit: 5)) { try firstRow("Nguyễn") }
        #expect(
            error?.message
                == "Ô B1 có hơn 5 ký tự, vượt giới hạn 5 ký tự một ô. Hãy rút ngắn nội dung ô này rồi nhập lại.")
        // A text too long by far is refused as it grows, before it is decoded.
        #expect(throws: DocumentError.cellTextTooLong(cell: "B1", limit: 5)) {
            try firstRow(String(repeating: "x", count: 36))
        }
    }

    @Test func sharedStrings() throws {
        // setup: the hand-made table has 4 strings, the longest "dòng 1\r\ndòng 2" of 14 characters.
        let data = try HandMade.xlsx()
        let bytes = ["Họ và tên", "Nguyễn Văn An", "Ghi chú", "dòng 1\r\ndòng 2"].map(\.utf8.count).reduce(0, +)
        // MUT + validation
        _ = try XLSXReader.firstSheet(
            data,
            limits: SpreadsheetLimits(
                maxCellTextLength: 14, maxSharedStrings: 4,
                maxSharedStringBytes: bytes))
        #expect(throws: DocumentError.tooManySharedStrings(limit: 3)) {
            try XLSXReader.firstSheet(data, limits: SpreadsheetLimits(maxSharedStrings: 3))
        }
        #expect(throws: DocumentError.sharedStringsTooLarge(limitBytes: bytes - 1)) {
            try XLSXReader.firstSheet(data, limits: SpreadsheetLimits(maxSharedStringBytes: bytes - 1))
        }
        #expect(throws: DocumentError.cellTextTooLong(cell: nil, limit: 13)) {
            try XLSXReader.firstSheet(data, limits: SpreadsheetLimits(maxCellTextLength: 13))
        }
    }

    @Test func uncompressedSizeOfAPartAndOfAll() throws {
        // setup: a sheet larger than every other part.
        let sheet = HostileFiles.sheet("<row><c><v>1</v></c></row>", count: 1_000)
        let data = try HostileFiles.workbook(sheet: sheet)
        let total = HostileFiles.bytesBeforeTheSheet + sheet.size
        // MUT + validation
        #expect(
            try HostileFiles.refusal(data, limits: SpreadsheetLimits(maxPartBytes: sheet.size, maxTotalBytes: total))
                .error == nil)
        #expect(
            try HostileFiles.refusal(data, limits: SpreadsheetLimits(maxPartBytes: sheet.size - 1)).error
                == .partTooLarge(part: HostileFiles.sheetPath, limitBytes: sheet.size - 1))
        #expect(
            try HostileFiles.refusal(data, limits: SpreadsheetLimits(maxTotalBytes: total - 1)).error
                == .uncompressedTooLarge(limitBytes: total - 1))
    }

    @Test(arguments: [
        ("whitespace between elements", "<row>", " ", "</row>", 0),
        ("text of a cell", "<row><c t=\"inlineStr\"><is><t>", "x", "</t></is></c></row>", 0),
        ("a tag", "<row", " ", "/>", 6),
        ("an attribute value", "<row spans=\"", "1", "\"/>", 15),
        ("a comment", "<!--", "x", "-->", 7),
        ("a processing instruction", "<?x", " ", "?>", 5),
        ("a CDATA section", "<row><c t=\"inlineStr\"><is><t><![CDATA[", "x", "]]></t></is></c></row>", 12),
    ])
    func runsWithoutABreak(_ case: String, _ before: String, _ unit: String, _ after: String, _ markup: Int) throws {
        // setup: `markup` is what the run has besides the units (a tag's `<`, name and `>`…).
        let limit = 1_000
        func workbook(_ count: Int) throws -> Data {
            try HostileFiles.workbook(sheet: HostileFiles.sheet(unit, count: count, before: before, after: after))
        }
        let limits = SpreadsheetLimits(maxRunBytes: limit)
        // MUT + validation
        #expect(try HostileFiles.refusal(try workbook(limit - markup), limits: limits).error == nil, "\(`case`)")
        #expect(
            try HostileFiles.refusal(try workbook(limit - markup + 1), limits: limits).error
                == .overlongRun(part: HostileFiles.sheetPath, limitBytes: limit), "\(`case`)")
    }

    @Test func elementsOfAPart() throws {
        // setup: worksheet, sheetData, then the rows.
        let limits = SpreadsheetLimits(maxElements: 102)
        // MUT + validation
        #expect(
            try HostileFiles.refusal(
                try HostileFiles.workbook(sheet: HostileFiles.sheet("<x/>", count: 100)),
                limits: limits
            ).error == nil)
        #expect(
            try HostileFiles.refusal(
                try HostileFiles.workbook(sheet: HostileFiles.sheet("<x/>", count: 101)),
                limits: limits
            ).error == .tooManyElements(part: HostileFiles.sheetPath, limit: 102))
    }

    @Test func partsOfTheArchive() throws {
        // setup: the hostile workbook has 5 entries.
        let data = try HostileFiles.workbook(sheet: HostileFiles.sheet("<x/>", count: 1))
        // MUT + validation
        #expect(try HostileFiles.refusal(data, limits: SpreadsheetLimits(maxParts: 5)).error == nil)
        #expect(throws: DocumentError.tooManyParts(limit: 4)) {
            try ZipPackageReader(data, limits: SpreadsheetLimits(maxParts: 4))
        }
    }

    @Test(arguments: [
        ("A1:Z9000000", DocumentError.tooManyRows(limit: 200_000)),
        ("$A$1:$CW$10", DocumentError.tooManyColumns(limit: 100)),
        ("XFD1048576", DocumentError.tooManyRows(limit: 200_000)),
    ])
    func theDimensionClaimedIsRefusedBeforeAnyCell(_ ref: String, _ expected: DocumentError) throws {
        // setup: the hint comes first; a broken tail proves nothing after it was parsed.
        let sheet = "<worksheet xmlns=\"\(HandMade.main)\"><dimension ref=\"\(ref)\"/><sheetData><row><c"
        // MUT + validation
        #expect(throws: expected) {
            try XLSXReader.firstSheet(try HandMade.xlsx(overriding: ["xl/worksheets/sheet2.xml": sheet]))
        }
    }

    @Test(arguments: ["A1:CV200000", "A1", "bogus", "A1:B"])
    func aDimensionWithinTheLimitsOrUnreadableIsOnlyAHint(_ ref: String) throws {
        // setup
        let sheet =
            "<worksheet xmlns=\"\(HandMade.main)\"><dimension ref=\"\(ref)\"/><sheetData>\(Self.cells(["B2"]))</sheetData></worksheet>"
        // MUT
        let table = try XLSXReader.firstSheet(try HandMade.xlsx(overriding: ["xl/worksheets/sheet2.xml": sheet]))
        // validation
        #expect(table?.rows == [[], [.empty, .number(1)]])
    }

    // MARK: CSV

    @Test func csvRowsColumnsCellsAndCharacters() throws {
        // setup
        let limits = SpreadsheetLimits(maxRows: 3, maxColumns: 3, maxCells: 7, maxCellTextLength: 5)
        func read(_ text: String) throws -> [[String]] { try CSVReader.read(Data(text.utf8), limits: limits) }
        // MUT + validation
        #expect(try read("a,b,c\n\nNguyễ\n\n\n").count == 3)
        #expect(throws: DocumentError.tooManyRows(limit: 3)) { try read("a\n\nb\nc\n") }
        #expect(throws: DocumentError.tooManyColumns(limit: 3)) { try read("a,b,c,d\n") }
        #expect(throws: DocumentError.tooManyCells(limit: 7)) { try read("a,b,c\nd,e,f\ng,h\n") }
        #expect(throws: DocumentError.cellTextTooLong(cell: "B3", limit: 5)) { try read("a\n\nb,Nguyễn\n") }
        #expect(try read("\"a\r\nb\",'=1+23\n") == [["a\r\nb", "=1+23"]])  // 5 characters once the apostrophe is off
    }

    // MARK: Messages

    @Test func everyLimitHasAVietnameseMessageThatTheImportPageShows() {
        // setup
        let errors: [(DocumentError, String)] = [
            (
                .tooManyRows(limit: 200_000),
                "Tệp có hơn 200.000 dòng, vượt giới hạn 200.000 dòng mỗi lần nhập. "
                    + "Hãy chia thành nhiều tệp nhỏ hơn (và xóa các dòng trống đã định dạng ở cuối trang, nếu có)."
            ),
            (
                .tooManyColumns(limit: 100),
                "Tệp có hơn 100 cột, vượt giới hạn 100 cột mỗi lần nhập. "
                    + "Hãy giữ đúng các cột của tệp mẫu, xóa các cột thừa bên phải rồi nhập lại."
            ),
            (
                .tooManyCells(limit: 2_000_000),
                "Tệp có hơn 2.000.000 ô, vượt giới hạn 2.000.000 ô mỗi lần nhập. "
                    + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .cellTextTooLong(cell: nil, limit: 32_767),
                "Một ô của tệp có hơn 32.767 ký tự, vượt giới hạn 32.767 ký tự một ô. "
                    + "Hãy rút ngắn nội dung ô này rồi nhập lại."
            ),
            (
                .partTooLarge(part: "xl/worksheets/sheet1.xml", limitBytes: 200 * 1_048_576),
                "Tệp quá lớn để nhập: phần “xl/worksheets/sheet1.xml” giải nén ra hơn 200 MB, vượt giới hạn 200 MB mỗi phần. "
                    + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .uncompressedTooLarge(limitBytes: 300 * 1_048_576),
                "Tệp quá lớn để nhập: giải nén ra hơn 300 MB dữ liệu, "
                    + "vượt giới hạn 300 MB cho một tệp. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .overlongRun(part: "xl/worksheets/sheet1.xml", limitBytes: 1_048_576),
                "Tệp có nội dung bất thường: phần “xl/worksheets/sheet1.xml” có một đoạn liền dài hơn 1 MB "
                    + "(thường là khoảng trắng hoặc dữ liệu rác), điều tệp Excel thật không có. "
                    + "Hãy mở tệp bằng Excel hoặc LibreOffice, chép dữ liệu sang một tệp mới rồi lưu lại."
            ),
            (
                .tooManyElements(part: "xl/styles.xml", limit: 250_000),
                "Tệp có cấu trúc quá lớn: phần “xl/styles.xml” có hơn "
                    + "250.000 phần tử XML, vượt giới hạn mỗi lần nhập. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .tooManySharedStrings(limit: 2_000_000),
                "Tệp có hơn 2.000.000 chuỗi văn bản khác nhau, vượt giới hạn mỗi lần nhập. "
                    + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .sharedStringsTooLarge(limitBytes: 100 * 1_048_576),
                "Văn bản trong tệp dài hơn 100 MB, vượt giới hạn mỗi lần nhập. "
                    + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
            ),
            (
                .tooManyParts(limit: 10_000),
                "Tệp nén có hơn 10.000 phần, tệp Excel thật không có nhiều như vậy. "
                    + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập lại."
            ),
        ]
        for (error, message) in errors {
            // MUT + validation
            #expect(error.message == message)
            #expect(SpreadsheetFile.message(for: error) == message)
        }
        #expect(
            SpreadsheetFile.message(for: DocumentError.doctype(part: "a.xml"))
                == DocumentError.doctype(part: "a.xml").message)
        #expect(
            SpreadsheetFile.message(for: DocumentError.unsupportedEncoding(part: "a.xml", encoding: "UTF-7"))
                == DocumentError.unsupportedEncoding(part: "a.xml", encoding: "UTF-7").message)
    }

    @Test func sizesAndCountsAreWrittenTheVietnameseWay() {
        // MUT + validation
        #expect(
            [0, 999, 1_000, 32_767, 200_000, 2_000_000, -1_234].map(NumberText.grouped)
                == ["0", "999", "1.000", "32.767", "200.000", "2.000.000", "-1.234"])
        #expect(
            [100, 2_048, 1_048_576, 300 * 1_048_576, 1_048_577].map(NumberText.size)
                == ["100 byte", "2 KB", "1 MB", "300 MB", "1.048.577 byte"])
    }
}
