import Foundation
import Testing

@testable import ThiDuaDocuments

/// The files of the probe (issue 9, item 4), rebuilt here: each is refused with the limit it
/// passes, after reading little more than that limit's worth, never the whole file.
@Suite struct HostileFileTests {
    @Test func nineMillionTinyCellsAreRefusedAtTheCellLimit() throws {
        // setup: like the probe's 304 KB file (263 KB here); no <dimension>, no references to trust.
        // A limit of 100 000 cells keeps the test short; the default is measured, not tested.
        let sheet = HostileFiles.sheet("<c><v>1</v></c>", count: 9_000_000, before: "<row>", after: "</row>")
        let data = try HostileFiles.workbook(sheet: sheet)
        #expect(data.count < 304 * 1_024)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(data, limits: SpreadsheetLimits(maxCells: 100_000))
        // validation: stopped at the 100 001st cell, within one chunk of the inflater.
        #expect(error == .tooManyCells(limit: 100_000))
        #expect(inflated <= HostileFiles.bytesBeforeTheSheet + sheet.end(ofUnit: 100_001) + HostileFiles.chunk)
        #expect(
            SpreadsheetFile.message(for: try #require(error))
                == "Tệp có hơn 100.000 ô, vượt giới hạn 100.000 ô mỗi lần nhập. "
                + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp.")
    }

    @Test func aRowPerCellIsRefusedAtTheRowLimit() throws {
        // setup
        let sheet = HostileFiles.sheet("<row><c><v>1</v></c></row>", count: 250_000)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(try HostileFiles.workbook(sheet: sheet))
        // validation
        #expect(error == .tooManyRows(limit: 200_000))
        #expect(inflated <= HostileFiles.bytesBeforeTheSheet + sheet.end(ofUnit: 200_001) + HostileFiles.chunk)
    }

    @Test func aDimensionBeyondTheLimitsStopsTheCellBombAtItsStart() throws {
        // setup
        let sheet = RepeatedPart(
            HostileFiles.sheetPath,
            "<worksheet xmlns=\"\(HandMade.main)\"><dimension ref=\"A1:A9000000\"/><sheetData><row>",
            "<c><v>1</v></c>", count: 1_000_000, "</row>" + HostileFiles.worksheetClosing)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(try HostileFiles.workbook(sheet: sheet))
        // validation
        #expect(error == .tooManyRows(limit: 200_000))
        #expect(inflated <= HostileFiles.bytesBeforeTheSheet + HostileFiles.chunk)
    }

    @Test(arguments: [
        ("between elements", "", "</sheetData><sheetData>"),
        ("inside a tag", "<row", "/>"),
        ("inside a cell", "<row><c t=\"inlineStr\"><is><t>", "</t></is></c></row>"),
    ])
    func whitespaceThatInflatesToGigabytesIsRefusedAtTheFirstMegabyte(
        _ where: String, _ before: String, _ after: String
    ) throws {
        // setup: the probe's 5.7 MB file inflated to GBs; 8 MB here, the reader stops at 1 MB anyway.
        let sheet = HostileFiles.sheet(" ", count: 8 * 1_048_576, before: before, after: after)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(try HostileFiles.workbook(sheet: sheet))
        // validation
        #expect(error == .overlongRun(part: HostileFiles.sheetPath, limitBytes: 1_048_576), "\(`where`)")
        #expect(
            inflated <= HostileFiles.bytesBeforeTheSheet + sheet.prefix.count + 1_048_576 + HostileFiles.chunk,
            "\(`where`)")
    }

    @Test func whitespaceBrokenByTagsIsRefusedAtThePartLimit() throws {
        // setup: 1 KB runs of spaces between empty elements; 16 MB, read with a 4 MB part limit.
        let sheet = HostileFiles.sheet(String(repeating: " ", count: 1_020) + "<x/>", count: 16_384)
        let limits = SpreadsheetLimits(maxPartBytes: 4 * 1_048_576)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(try HostileFiles.workbook(sheet: sheet), limits: limits)
        // validation: the size in the header is caught first; then the size that really inflates.
        #expect(error == .partTooLarge(part: HostileFiles.sheetPath, limitBytes: 4 * 1_048_576))
        #expect(inflated == HostileFiles.bytesBeforeTheSheet)
    }

    @Test func aPartWhoseHeaderLiesIsStoppedAtThePartLimitAsItInflates() throws {
        // setup: the same part, its sizes in the archive patched to claim 1 000 bytes.
        let sheet = HostileFiles.sheet(String(repeating: " ", count: 1_020) + "<x/>", count: 16_384)
        let data = try Self.claimingSize(1_000, of: HostileFiles.sheetPath, in: try HostileFiles.workbook(sheet: sheet))
        let limits = SpreadsheetLimits(maxPartBytes: 4 * 1_048_576)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(data, limits: limits)
        // validation
        #expect(error == .partTooLarge(part: HostileFiles.sheetPath, limitBytes: 4 * 1_048_576))
        #expect(inflated <= HostileFiles.bytesBeforeTheSheet + 4 * 1_048_576 + HostileFiles.chunk)
    }

    @Test func partsUnderThePartLimitAreRefusedTogetherAtTheTotalLimit() throws {
        // setup: shared strings and a sheet of 6 MB each, with limits of 8 MB a part and 10 MB in all.
        let strings = RepeatedPart(
            HostileFiles.sharedStringsPath, "<sst xmlns=\"\(HandMade.main)\">",
            "<si><t>" + String(repeating: "a", count: 1_013) + "</t></si>", count: 6 * 1_024, "</sst>")
        let sheet = HostileFiles.sheet(String(repeating: " ", count: 1_020) + "<x/>", count: 6 * 1_024)
        let data = try Self.claimingSize(
            1_000, of: HostileFiles.sheetPath,
            in: try HostileFiles.workbook(sheet: sheet, sharedStrings: strings))
        let limits = SpreadsheetLimits(maxPartBytes: 8 * 1_048_576, maxTotalBytes: 10 * 1_048_576)
        // MUT
        let (error, inflated) = try HostileFiles.refusal(data, limits: limits)
        // validation
        #expect(error == .uncompressedTooLarge(limitBytes: 10 * 1_048_576))
        #expect(inflated <= 10 * 1_048_576 + HostileFiles.chunk)
    }

    @Test func twentyMegabytesOfCommasAreRefusedAtTheColumnLimit() throws {
        // setup: a quote left open at the end would be an error too, if the reader ever got there.
        let data = Data(repeating: UInt8(ascii: ","), count: 20_000_000) + Data("\"".utf8)
        // MUT
        let error = #expect(throws: DocumentError.tooManyColumns(limit: 100)) {
            try SpreadsheetFile.read(data, fileName: "dau-phay.csv", limitBytes: 20 * 1_048_576)
        }
        // validation
        #expect(
            error.flatMap { SpreadsheetFile.message(for: $0) }
                == "Tệp có hơn 100 cột, vượt giới hạn 100 cột mỗi lần nhập. "
                + "Hãy giữ đúng các cột của tệp mẫu, xóa các cột thừa bên phải rồi nhập lại.")
    }

    @Test func millionsOfShortLinesAreRefusedAtTheRowLimit() throws {
        // setup: five fields a line, so neither the columns nor the cells stop it first.
        let data = Data(String(repeating: ",,,,\n", count: 400_000).utf8) + Data("\"".utf8)
        // MUT + validation
        #expect(throws: DocumentError.tooManyRows(limit: 200_000)) { try CSVReader.read(data) }
    }

    @Test func blankLinesAloneCostNoRows() throws {
        // setup: 2 MB of line ends, ten times the row limit: nothing to import, nothing built for them.
        let blank = Data(repeating: UInt8(ascii: "\n"), count: 2_000_000)
        // MUT + validation
        #expect(try CSVReader.read(blank) == [])
        #expect(throws: DocumentError.tooManyRows(limit: 200_000)) { try CSVReader.read(blank + Data("a".utf8)) }
    }

    @Test func aLegitimateWorkbookOf100000RowsBy10ColumnsPassesTheGuard() throws {
        // setup: what our own export writes (inline strings, one per cell), 100 000 rows under a header.
        let row =
            "<row>" + String(repeating: "<c t=\"inlineStr\"><is><t>Nguyễn Văn An</t></is></c>", count: 10) + "</row>"
        let sheet = HostileFiles.sheet(row, count: 100_001).streamed
        var checker = XMLGuard(
            part: sheet.path, rules: XLSXReader.sheetRules(.default, cellsLeft: SpreadsheetLimits.default.maxCells))
        var position = 0
        // MUT: the guard over the whole sheet (parsing a million cells is measured, not tested; the
        // parser's own limits are far from these rows, columns and cells).
        while position < sheet.size {
            let count = min(HostileFiles.chunk, sheet.size - position)
            try checker.feed(sheet.bytes(position, count))
            position += count
        }
        // validation
        #expect(try checker.finish().utf8.count == sheet.size)
    }

    @Test func aLegitimateCSVOf100000RowsBy10ColumnsReads() throws {
        // setup
        let line = String(repeating: "Nguyễn Văn An,", count: 9) + "Nguyễn Văn An\r\n"
        let csv = Data(String(repeating: line, count: 100_001).utf8)
        // MUT
        let rows = try SpreadsheetFile.read(csv, fileName: "danh-sach.csv", limitBytes: 20 * 1_048_576)
        // validation
        #expect(rows.count == 100_001)
        #expect(rows.last == Array(repeating: "Nguyễn Văn An", count: 10))
    }

    /// `data` with the sizes of `path` in its local and central headers set to `size`.
    static func claimingSize(_ size: UInt32, of path: String, in data: Data) throws -> Data {
        var bytes = [UInt8](data)
        let name = Array(path.utf8)
        func holds(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        let sizeBytes = withUnsafeBytes(of: size.littleEndian, Array.init)
        var patched = 0
        for i in bytes.indices {
            if holds([0x50, 0x4B, 0x03, 0x04], at: i) && holds(name, at: i + 30) {
                bytes.replaceSubrange((i + 22)..<(i + 26), with: sizeBytes)
                patched += 1
            } else if holds([0x50, 0x4B, 0x01, 0x02], at: i) && holds(name, at: i + 46) {
                bytes.replaceSubrange((i + 24)..<(i + 28), with: sizeBytes)
                patched += 1
            }
        }
        try #require(patched == 2)
        return Data(bytes)
    }
}
