import Foundation
import Testing

@testable import ThiDuaDocuments

/// The part checked before the XML parser sees it: no DTD in any encoding (issue 9, item 10b),
/// only UTF-8 or UTF-16, no runaway tag.
@Suite struct XMLGuardTests {
    static let part = "xl/worksheets/sheet1.xml"
    static let body =
        "<worksheet xmlns=\"\(HandMade.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nguyễn Văn An &amp; 𝔸</t></is></c></row></sheetData></worksheet>"
    static let laughs = """
        <!DOCTYPE lolz [<!ENTITY lol "lol">\
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\
        ]>
        """

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return Data(bytes)
    }

    /// The guard's verdict on `data` fed in chunks of `chunk` bytes.
    static func check(_ data: Data, chunk: Int = 1 << 20, rules: XMLGuard.Rules = XMLGuard.Rules(.default)) throws
        -> CheckedXML
    {
        var checker = XMLGuard(part: part, rules: rules)
        var start = 0
        while start < data.count {
            try checker.feed(data.subdata(in: start..<min(data.count, start + chunk)))
            start += chunk
        }
        return try checker.finish()
    }

    /// The sheet read from a workbook whose first sheet is `part`.
    static func readFirstSheet(_ part: Data) throws -> Table? {
        var parts = HandMade.parts().filter { $0.path != "xl/worksheets/sheet2.xml" }
        parts.append(("xl/worksheets/sheet2.xml", part))
        return try XLSXReader.firstSheet(try ZipPackageWriter.archive(parts))
    }

    @Test(arguments: [
        ("after the declaration", "<?xml version=\"1.0\"?>" + laughs + body),
        ("after a comment holding a tag", "<?xml version=\"1.0\"?><!-- <a> <b/> -->" + laughs + body),
        (
            "after processing instructions and whitespace",
            "<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\n\t " + laughs + body
        ),
        (
            "after 100 KB of comments",
            "<?xml version=\"1.0\"?>"
                + String(repeating: "<!-- " + String(repeating: "x", count: 1_000) + " -->", count: 100) + laughs + body
        ),
        ("in lower case", "<!doctype worksheet>" + body),
        ("as an external DTD", "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">" + body),
        ("as an entity inside the root", "<worksheet><!ENTITY x \"y\"><sheetData/></worksheet>"),
    ])
    func aDoctypeIsRefusedWherever(_ case: String, _ xml: String) throws {
        // setup
        let utf8 = Data(xml.utf8)
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + utf8
        for data in [utf8, withBOM] {
            for chunk in [1, 3, 1 << 20] {
                // MUT + validation: byte by byte too, so that no chunk boundary hides it.
                #expect(throws: DocumentError.doctype(part: XMLGuardTests.part), "\(`case`), chunk \(chunk)") {
                    try XMLGuardTests.check(data, chunk: chunk)
                }
            }
        }
    }

    @Test func aBillionLaughsInUTF16IsRefusedWithOrWithoutBOM() throws {
        // setup: libxml2 detects UTF-16 without a BOM from `<?`, so an ASCII scan would see no DOCTYPE.
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!-- x -->" + XMLGuardTests.laughs + XMLGuardTests.body
        for bigEndian in [false, true] {
            for bom in [false, true] {
                let data = XMLGuardTests.utf16(xml, bigEndian: bigEndian, bom: bom)
                // MUT
                let error = #expect(
                    throws: DocumentError.doctype(part: "xl/worksheets/sheet2.xml"),
                    "big endian \(bigEndian), BOM \(bom)"
                ) {
                    try XMLGuardTests.readFirstSheet(data)
                }
                // validation
                #expect(
                    error?.message == "Tệp có phần “xl/worksheets/sheet2.xml” chứa khai báo DOCTYPE hoặc ENTITY. "
                        + "Tệp Excel thật không bao giờ có khai báo này, nên tệp bị từ chối để bảo vệ máy chủ. "
                        + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập lại.")
            }
        }
    }

    @Test func aUTF16SheetReadsLikeItsUTF8Twin() throws {
        // setup: a character outside the BMP (a surrogate pair) and Vietnamese, fed at odd offsets.
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>\r\n" + XMLGuardTests.body
        let expected = try XMLGuardTests.readFirstSheet(Data(XMLGuardTests.body.utf8))
        #expect(expected?.rows == [[.text("Nguyễn Văn An & 𝔸")]])
        for bigEndian in [false, true] {
            for bom in [false, true] {
                let data = XMLGuardTests.utf16(xml, bigEndian: bigEndian, bom: bom)
                // MUT
                let table = try XMLGuardTests.readFirstSheet(data)
                let checked = try XMLGuardTests.check(data, chunk: 3)
                // validation: UTF-8 for the parser, without the declaration that names UTF-16.
                #expect(table == expected, "big endian \(bigEndian), BOM \(bom)")
                #expect(String(decoding: checked.utf8, as: UTF8.self) == "\r\n" + XMLGuardTests.body)
            }
        }
    }

    @Test(arguments: [
        (Data([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x3C]), "UTF-32"),
        (Data([0x3C, 0x00, 0x00, 0x00, 0x3F, 0x00, 0x00, 0x00]), "UTF-32"),
        (Data([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40]), "EBCDIC"),
        (Data("<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE x+AD4-<w/>".utf8), "UTF-7"),
        (Data("<?xml version='1.0' encoding='windows-1258'?><w/>".utf8), "windows-1258"),
    ])
    func anEncodingOtherThanUTF8OrUTF16IsRefused(_ data: Data, _ encoding: String) throws {
        // MUT
        let error = #expect(throws: DocumentError.unsupportedEncoding(part: XMLGuardTests.part, encoding: encoding)) {
            try XMLGuardTests.check(data)
        }
        // validation
        #expect(
            error?.message.hasPrefix(
                "Phần “\(XMLGuardTests.part)” của tệp dùng bảng mã “\(encoding)”, "
                    + "trong khi tệp Excel chỉ được dùng UTF-8 hoặc UTF-16.") == true)
    }

    @Test func aDeclarationThatContradictsTheBytesIsRefused() throws {
        // MUT + validation
        #expect(
            throws: DocumentError.malformed(
                "phần \(XMLGuardTests.part) khai báo bảng mã UTF-16 nhưng được viết bằng UTF-8")
        ) {
            try XMLGuardTests.check(Data("<?xml version=\"1.0\" encoding=\"UTF-16\"?><w/>".utf8))
        }
        #expect(
            throws: DocumentError.malformed(
                "phần \(XMLGuardTests.part) khai báo bảng mã UTF-8 nhưng được viết bằng UTF-16")
        ) {
            try XMLGuardTests.check(
                XMLGuardTests.utf16("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w/>", bigEndian: false, bom: true))
        }
    }

    @Test func chunksDoNotChangeWhatIsChecked() throws {
        // setup: every construct, with `>` and `<`-free tricks inside quotes, comments, CDATA and PIs.
        let xml = """
            <?xml version="1.0" encoding="utf-8"?><?pi a > b ?><!-- -- > <!DOCTYPE in a comment -->\
            <x:worksheet xmlns:x="\(HandMade.main)" a='1 > 0' b="<!DOCTYPE">\
            <x:dimension ref="A1:B2"/><x:sheetData><![CDATA[<!DOCTYPE x> ]] >]]><x:row/></x:sheetData></x:worksheet>
            """
        let data = Data(xml.utf8)
        var rules = XMLGuard.Rules(.default)
        var seen: [String] = []
        rules.inspected = XMLGuard.Inspected("dimension") { seen.append(String(decoding: $0, as: UTF8.self)) }
        for chunk in [1, 2, 5, 1 << 20] {
            // MUT
            let checked = try XMLGuardTests.check(data, chunk: chunk, rules: rules)
            // validation
            #expect(checked.utf8 == data, "chunk \(chunk)")
        }
        #expect(seen == Array(repeating: " ref=\"A1:B2\"/>", count: 4))
    }

    @Test func aTagWithTooManyAttributesIsRefused() throws {
        // setup: libxml2 2.9 compares each attribute with every other one.
        func tag(_ count: Int) -> Data {
            Data(("<w " + (1...count).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>").utf8)
        }
        // MUT + validation
        _ = try XMLGuardTests.check(tag(256))
        #expect(throws: DocumentError.malformed("phần \(XMLGuardTests.part) có thẻ với hơn 256 thuộc tính")) {
            try XMLGuardTests.check(tag(257))
        }
    }

    @Test(arguments: [
        ("text before the root", "x<w/>", "phần xl/worksheets/sheet1.xml có chữ trước phần tử gốc"),
        ("CDATA before the root", "<![CDATA[x]]><w/>", "phần xl/worksheets/sheet1.xml có CDATA trước phần tử gốc"),
        ("a half comment", "<w><!-x--></w>", "phần xl/worksheets/sheet1.xml có “<!-” không phải chú thích"),
    ])
    func strayMarkupIsRefused(_ case: String, _ xml: String, _ detail: String) throws {
        // MUT + validation
        #expect(throws: DocumentError.malformed(detail), "\(`case`)") { try XMLGuardTests.check(Data(xml.utf8)) }
    }

    @Test func theParserLoadsNoExternalEntityEvenWithoutTheGuard() throws {
        // setup: a file the entity would read, and a part that skips the guard on purpose.
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-\(UUID().uuidString).txt")
        try Data("BÍ MẬT".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = "<!DOCTYPE w [<!ENTITY e SYSTEM \"\(secret.absoluteString)\">]><w><t>[&e;]</t></w>"
        let reader = TextCollector()
        // MUT
        do { try reader.run(CheckedXML(part: "x.xml", utf8: Data(xml.utf8))) } catch {}
        // validation
        #expect(!reader.text.contains("BÍ MẬT"))
    }
}

private final class TextCollector: XMLHandler {
    var text = ""
    override func text(_ string: String) throws { text += string }
}
