import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

private let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

@Suite struct CSVWriterTests {
    @Test func writesUTF8WithBOMAndCRLF() {
        // setup
        let rows = [["Họ và tên", "Đơn vị"], ["Nguyễn Văn Hoà", "Liên minh HTX"]]
        // MUT
        let data = CSVWriter.write(rows)
        // validation
        #expect(Array(data.prefix(3)) == bom)
        #expect(
            String(decoding: data.dropFirst(3), as: UTF8.self) == "Họ và tên,Đơn vị\r\nNguyễn Văn Hoà,Liên minh HTX\r\n"
        )
    }

    @Test func withoutBOMWhenAsked() {
        // MUT
        let data = CSVWriter.write([["a"]], bom: false)
        // validation
        #expect(data == Data("a\r\n".utf8))
    }

    @Test func quotesFieldsWithDelimiterQuoteOrLineBreak() {
        // setup
        let rows = [["a,b", "say \"hi\"", "dòng 1\ndòng 2", "cr\rhere", "crlf\r\nhere", "a;b", "plain"]]
        // MUT
        let comma = String(decoding: CSVWriter.write(rows, bom: false), as: UTF8.self)
        let semicolon = String(decoding: CSVWriter.write(rows, delimiter: ";", bom: false), as: UTF8.self)
        // validation
        #expect(comma == "\"a,b\",\"say \"\"hi\"\"\",\"dòng 1\ndòng 2\",\"cr\rhere\",\"crlf\r\nhere\",a;b,plain\r\n")
        #expect(
            semicolon == "a,b;\"say \"\"hi\"\"\";\"dòng 1\ndòng 2\";\"cr\rhere\";\"crlf\r\nhere\";\"a;b\";plain\r\n")
    }

    @Test func neutralisesFormulaInjection() {
        // setup
        let fields = [
            "=SUM(A1)", "+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\tx", "\rx", "'=already", "-12",
            "+3.5", "a=b", "'quoted'", "=\u{301}",
        ]
        // MUT
        let written = fields.map(CSVWriter.neutralised)
        // validation
        #expect(
            written == [
                "'=SUM(A1)", "'+cmd", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1)", "'\tx", "'\rx",
                "''=already", "-12", "+3.5", "a=b", "'quoted'", "'=\u{301}",
            ])
        let csv = String(decoding: CSVWriter.write([["=SUM(A1)"]], bom: false), as: UTF8.self)
        #expect(csv == "'=SUM(A1)\r\n")
    }

    @Test func tableCellsAreWrittenAsImportersReadThem() {
        // setup
        let table = Table(
            name: "T",
            rows: [
                [.text("Ngày"), .text("Số"), .text("Có")],
                [.date(LocalDate("2024-02-29")!), .number(-3), .bool(true)],
                [.empty, .number(2.5), .text("=1")],
            ])
        // MUT
        let csv = String(decoding: CSVWriter.write(table, delimiter: ";").dropFirst(3), as: UTF8.self)
        // validation
        #expect(csv == "Ngày;Số;Có\r\n29/02/2024;-3;TRUE\r\n;2.5;'=1\r\n")
    }
}

@Suite struct CSVReaderTests {
    @Test func readsWithAndWithoutBOM() throws {
        // setup
        let text = "Họ và tên,Năm\r\nTrần Thị Bích,1985\r\n"
        // MUT
        let withBOM = try CSVReader.read(Data(bom + Array(text.utf8)))
        let without = try CSVReader.read(Data(text.utf8))
        // validation
        #expect(withBOM == [["Họ và tên", "Năm"], ["Trần Thị Bích", "1985"]])
        #expect(without == withBOM)
    }

    @Test func detectsSemicolonOrComma() throws {
        // MUT
        let semicolon = try CSVReader.read(Data("Tên;Ghi chú\nAn;1,5 điểm\n".utf8))
        let comma = try CSVReader.read(Data("Tên,Ghi chú\nAn,\"1;5\"\n".utf8))
        let quotedSemicolons = try CSVReader.read(Data("\"a;b;c\",d\n".utf8))
        // validation
        #expect(semicolon == [["Tên", "Ghi chú"], ["An", "1,5 điểm"]])
        #expect(comma == [["Tên", "Ghi chú"], ["An", "1;5"]])
        #expect(quotedSemicolons == [["a;b;c", "d"]])
    }

    @Test func quotesLineBreaksAndLineEnds() throws {
        // setup
        let text = "a,\"dòng 1\r\ndòng 2\",\"say \"\"hi\"\"\"\rb,\"\",c\nlast,\"x\"y,\"z\""
        // MUT
        let rows = try CSVReader.read(Data(text.utf8))
        // validation
        #expect(rows == [["a", "dòng 1\r\ndòng 2", "say \"hi\""], ["b", "", "c"], ["last", "xy", "z"]])
    }

    @Test func emptyLinesAndTheFinalLineEnd() throws {
        // MUT
        let rows = try CSVReader.read(Data("a,b\r\n\r\nc,d\r\n\r\n\r\n".utf8))
        let none = try CSVReader.read(Data(bom))
        let single = try CSVReader.read(Data("\"\"\r\n".utf8))
        // validation
        #expect(rows == [["a", "b"], [], ["c", "d"]])
        #expect(none == [])
        #expect(single == [[""]])
    }

    @Test func undoesTheWritersNeutralisation() throws {
        // MUT
        let rows = try CSVReader.read(Data("'=SUM(A1),'+1,'-x,'@y,''=z,'plain,-12\r\n".utf8))
        // validation
        #expect(rows == [["=SUM(A1)", "+1", "-x", "@y", "'=z", "'plain", "-12"]])
    }

    @Test func roundTripsTheWriter() throws {
        // setup
        let rows: [[String]] = [
            ["Họ và tên", "Ghi chú", "Công thức"],
            ["Nguyễn Thị Hồng Nhung", "có \"ngoặc\", dấu phẩy\r\nvà xuống dòng", "=SUM(A1)"],
            ["'=đã có nháy", "@mention", "\tđầu tab"],
            ["-12", "+84 912 345 678", ""],
            [""],
            [],
            ["cuối"],
        ]
        for delimiter: Character in [",", ";"] {
            // MUT
            let back = try CSVReader.read(CSVWriter.write(rows, delimiter: delimiter))
            // validation
            #expect(back == rows, "delimiter \(delimiter)")
        }
    }

    @Test func invalidUTF8NamesTheFirstBadLine() {
        // setup: line 3 is Windows-1258 ("Hoà" with 0xE0), as Excel's plain "CSV" would save it.
        var bytes = Array("Tên,Năm\r\nAn,1\r\n".utf8)
        bytes += [0x48, 0x6F, 0xE0, 0x2C, 0x32, 0x0D, 0x0A] + Array("Bình,3\r\n".utf8)
        // MUT + validation
        let error = #expect(throws: DocumentError.invalidUTF8(line: 3)) { try CSVReader.read(Data(bytes)) }
        #expect(error?.message.contains("dòng 3") == true)
        #expect(throws: DocumentError.invalidUTF8(line: 2)) {
            try CSVReader.read(Data(Array("a\rb".utf8) + [0xC3]))  // truncated sequence after a CR
        }
        #expect(throws: DocumentError.invalidUTF8(line: 1)) {
            try CSVReader.read(Data([0xED, 0xA0, 0x80]))  // an encoded surrogate
        }
    }

    @Test func anUnterminatedQuoteIsMalformed() {
        // MUT + validation
        #expect(throws: DocumentError.malformed("dấu ngoặc kép mở ở dòng 2 không được đóng")) {
            try CSVReader.read(Data("a,b\r\nc,\"không đóng\r\nd,e\r\n".utf8))
        }
    }
}
