import Foundation
import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

@Suite struct DOCXWriterTests {
    static let requiredParts = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test func packageHoldsEveryRequiredPartAndEachIsDeclared() throws {
        // MUT
        let zip = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan))
        // validation
        for part in Self.requiredParts + ["word/header1.xml"] {
            #expect(zip.contains(part), "missing \(part)")
        }
        let types = try zip.xml("[Content_Types].xml")
        let overrides = Dictionary(
            uniqueKeysWithValues: types.children("Override").map { ($0["PartName"]!, $0["ContentType"]!) })
        #expect(
            overrides["/word/document.xml"]
                == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        #expect(
            overrides["/word/styles.xml"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        )
        #expect(
            overrides["/word/settings.xml"]
                == "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
        #expect(overrides["/docProps/core.xml"] == "application/vnd.openxmlformats-package.core-properties+xml")
        #expect(types.children("Default").contains { $0["Extension"] == "rels" })

        // Every relationship points at a part that exists.
        let root = try zip.xml("_rels/.rels").children("Relationship")
        #expect(root.first { $0["Type"]!.hasSuffix("/officeDocument") }?["Target"] == "word/document.xml")
        for rel in root { #expect(zip.contains(rel["Target"]!), "\(rel["Target"]!)") }
        let wordRels = try zip.xml("word/_rels/document.xml.rels").children("Relationship")
        #expect(
            Set(wordRels.compactMap { $0["Type"]?.components(separatedBy: "/").last }) == [
                "styles", "settings", "header",
            ])
        for rel in wordRels { #expect(zip.contains("word/" + rel["Target"]!), "\(rel["Target"]!)") }
    }

    @Test func everyXMLPartParses() throws {
        // MUT
        let zip = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan))
        // validation
        for part in DOCXWriter.partNames {
            let root = try zip.xml(part)
            #expect(!root.name.isEmpty, "\(part)")
        }
        #expect(try zip.xml("word/document.xml").name == "document")
        #expect(try zip.xml("word/styles.xml").name == "styles")
        #expect(try zip.xml("docProps/core.xml").name == "coreProperties")
    }

    @Test func textHasTheStateHeaderNumberAndDecreeDate() throws {
        // MUT
        let text = try ReadDocument.parse(docx: try DOCXWriter.write(DOCXSample.plan)).text
        // validation
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(text.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(text.contains("Số: 12/KH-KTĐ"))
        #expect(text.contains("Hà Nội, ngày 06 tháng 01 năm 2023"))
        #expect(text.contains("LIÊN MINH HỢP TÁC XÃ VIỆT NAM"))
        #expect(text.contains("KHỐI THI ĐUA CÁC ĐƠN VỊ SỰ NGHIỆP VÀ DOANH NGHIỆP"))
        #expect(text.contains("KẾ HOẠCH\nPhát động phong trào thi đua năm 2023"))
        #expect(text.contains("KT. TRƯỞNG KHỐI\nPHÓ TRƯỞNG KHỐI"))
        #expect(text.contains("Nguyễn Ngọc Bảo"))
        #expect(text.contains("Khối thi đua xây dựng Kế hoạch phát động phong trào thi đua năm 2023 như sau:"))
        #expect(text.contains("- Động viên cán bộ, người lao động hoàn thành xuất sắc nhiệm vụ năm 2023;"))
        #expect(text.contains("Ghi chú: gạch chân\tsau tab\ndòng mới"))
        #expect(
            text.contains(
                "Nơi nhận:\n- Ban Thi đua - Khen thưởng Trung ương;\n- Các đơn vị thành viên Khối;\n- Lưu: VT, TĐKT."))
        #expect(text.contains("PHỤ LỤC\nDANH SÁCH CÁC ĐƠN VỊ THAM GIA"))
    }

    @Test func partsComeInTheOrderOfTheDecree() throws {
        // setup
        let text = try ReadDocument.parse(docx: try DOCXWriter.write(DOCXSample.plan)).text
        let order = [
            "LIÊN MINH HỢP TÁC XÃ VIỆT NAM", "KHỐI THI ĐUA", "CỘNG HÒA XÃ HỘI", "Độc lập", "Số: 12/KH-KTĐ",
            "Hà Nội, ngày", "KẾ HOẠCH", "Phát động phong trào", "Căn cứ Luật", "I. MỤC ĐÍCH",
            "Trường Cán bộ quản lý HTX", "Nơi nhận:", "Lưu: VT", "KT. TRƯỞNG KHỐI", "Nguyễn Ngọc Bảo",
            "PHỤ LỤC", "(Kèm theo Kế hoạch", "Công ty Cổ phần Sao Vàng",
        ]
        // MUT
        let positions = order.map { text.range(of: $0)?.lowerBound }
        // validation
        #expect(!positions.contains(nil), "\(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }

    @Test func headerAndTitleCarryTheDecreeFormatting() throws {
        // MUT
        let doc = try ReadDocument.parse(docx: try DOCXWriter.write(DOCXSample.plan))
        // validation
        let national = try #require(doc.run(containing: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(national.bold && !national.underline && national.size == 26)
        let motto = try #require(doc.run(containing: "Độc lập - Tự do - Hạnh phúc"))
        #expect(motto.bold && motto.underline && motto.size == 28)
        let date = try #require(doc.run(containing: "Hà Nội, ngày 06 tháng 01 năm 2023"))
        #expect(date.italic && !date.bold)
        let parent = try #require(doc.run(containing: "LIÊN MINH"))
        #expect(!parent.bold)
        #expect(try #require(doc.run(containing: "KHỐI THI ĐUA")).bold)
        #expect(try #require(doc.run(containing: "Số:")).bold == false)
        for title in ["KẾ HOẠCH", "Phát động phong trào"] {
            #expect(try #require(doc.run(containing: title)).bold, "\(title)")
            #expect(doc.paragraph(containing: title)?.alignment == "center", "\(title)")
        }
        // The short rules: under the issuing body and under the summary.
        #expect(doc.paragraphs.filter(\.topRule).count == 2)
        let heading = try #require(doc.run(containing: "Nơi nhận:"))
        #expect(heading.bold && heading.italic && heading.size == 24)
        #expect(try #require(doc.run(containing: "- Lưu: VT, TĐKT.")).size == 22)
        let signer = try #require(doc.run(containing: "Nguyễn Ngọc Bảo"))
        #expect(signer.bold)
        #expect(doc.paragraph(containing: "Nguyễn Ngọc Bảo")?.alignment == "center")
        // Room for the signature: blank lines between the position and the name.
        let p = doc.paragraphs.map(\.text)
        let position = try #require(p.firstIndex(of: "PHÓ TRƯỞNG KHỐI"))
        let name = try #require(p.firstIndex(of: "Nguyễn Ngọc Bảo"))
        #expect(name - position - 1 >= 4)
        let between = p[(position + 1)..<name].filter { !$0.isEmpty }
        #expect(between.isEmpty)
    }

    @Test func bodyBlocksUseTheirStyles() throws {
        // setup
        let zip = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan))
        // MUT
        let doc = try ReadDocument.parse(try zip.read("word/document.xml"))
        let styles = try zip.string("word/styles.xml")
        // validation
        #expect(doc.paragraph(containing: "Căn cứ Luật")?.style == "CanCu")
        #expect(doc.paragraph(containing: "I. MỤC ĐÍCH")?.style == "Heading1")
        #expect(doc.paragraph(containing: "1. Mục đích")?.style == "Heading2")
        #expect(doc.paragraph(containing: "a) Đối tượng")?.style == "Heading3")
        #expect(doc.paragraph(containing: "Động viên cán bộ")?.style == "GachDau")
        #expect(doc.paragraph(containing: "Khối thi đua xây dựng")?.style == "NoiDung")
        #expect(doc.paragraph(containing: "II. NỘI DUNG")?.alignment == "center")
        #expect(doc.paragraph(containing: "Ghi chú:")?.alignment == "left")
        #expect(try #require(doc.run(containing: "xây dựng Kế hoạch")).bold)
        #expect(try #require(doc.run(containing: "gạch chân")).underline)
        #expect(try #require(doc.run(containing: "Biểu dương")).italic)
        // Times New Roman 14 pt; the body justified, first line 1.27 cm, 6 pt after, lines at 1.2.
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(
            styles.contains(
                "w:styleId=\"NoiDung\"><w:name w:val=\"Nội dung\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
                    + "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>"
                    + "<w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/></w:pPr>"))
        #expect(
            styles.contains(
                "w:styleId=\"CanCu\"><w:name w:val=\"Căn cứ\"/><w:basedOn w:val=\"NoiDung\"/><w:qFormat/><w:rPr><w:i/>")
        )
    }

    @Test func tablesHaveABoldRepeatedHeaderAndColumnAlignments() throws {
        // setup
        let zip = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan))
        // MUT
        let body = try zip.xml("word/document.xml").child("body")!
        let doc = try ReadDocument.parse(try zip.read("word/document.xml"))
        // validation: header block, body table, closing, annex table
        let tables = body.children("tbl")
        #expect(tables.count == 4)
        let list = tables[1]
        let rows = list.children("tr")
        #expect(rows.count == 3)
        #expect(rows[0].child("trPr")?.child("tblHeader") != nil)
        #expect(rows[1].child("trPr")?.child("tblHeader") == nil)
        #expect(rows[2].children("tc").count == 3, "a short row is padded")
        #expect(try #require(doc.run(containing: "Chỉ tiêu")).bold)
        #expect(doc.paragraph(containing: "100%")?.alignment == "right")
        let widths = list.child("tblGrid")!.children("gridCol").map { Int($0["w:w"]!)! }
        #expect(widths.reduce(0, +) == PageGeometry.textWidth)
        #expect(widths[0] < widths[1], "STT stays narrow")
        #expect(rows.allSatisfy { $0.child("trPr")?.child("cantSplit") != nil })
        #expect(tables[2].child("tr")?.child("trPr")?.child("cantSplit") != nil, "the signature stays on one page")
        // The header and closing blocks are borderless.
        #expect(tables[0].child("tblPr")?.child("tblBorders")?.child("top")?["w:val"] == "nil")
        #expect(tables[2].child("tblPr")?.child("tblBorders")?.child("insideV")?["w:val"] == "nil")
    }

    @Test func columnWidthsFollowWeightsOrContent() {
        // setup
        let given = TableBlock(header: ["a", "b"], rows: [], columnWidths: [1, 3])
        let sized = TableBlock(header: ["STT", "Họ và tên"], rows: [["1", String(repeating: "x", count: 100)]])
        // MUT
        let a = StateLayout.columnWidths(given, count: 2, total: 9000)
        let b = StateLayout.columnWidths(sized, count: 2, total: 8800)
        let c = StateLayout.columnWidths(TableBlock(header: [], rows: []), count: 1, total: 999)
        // validation
        #expect(a == [2250, 6750])
        #expect(b == [800, 8000], "4 and 40 characters at most")
        #expect(c == [999])
    }

    @Test func aNarrowColumnStillHoldsTheWordsOfItsHeader() {
        // setup: "STT" at 1/40 of 9355 twips would break into "ST/T"
        let table = TableBlock(header: ["STT", "Họ và tên"], rows: [], columnWidths: [1, 39])
        // MUT
        let widths = StateLayout.columnWidths(table, count: 2, total: 9355)
        // validation
        let stt = WordML.estimatedWidth("STT", sizePoints: 13, bold: true)
        #expect(widths[0] >= stt + 216, "\(widths)")
        #expect(widths[0] < 1200, "only what it needs")
        #expect(widths.reduce(0, +) == 9355)
    }

    @Test func aColumnOfShortWholeNumbersIsCentredByDefault() throws {
        // setup
        let table = TableBlock(
            header: ["STT", "Năm", "Mã"], rows: [["1", "2023", "A1"], ["2", "20231", "7"], ["", "", ""]])
        // MUT
        let ordinal = (0..<3).map { StateLayout.isOrdinalColumn(table, $0) }
        let doc = try ReadDocument.parse(docx: try DOCXWriter.write(DOCXSample.plan))
        // validation
        #expect(ordinal == [true, false, false])
        #expect(!StateLayout.isOrdinalColumn(TableBlock(header: ["STT"], rows: []), 0), "no numbers, no guess")
        let annexRow = try #require(doc.paragraphs.firstIndex { $0.text == "Công ty Cổ phần Sao Vàng" })
        #expect(doc.paragraphs[annexRow - 1].text == "1")
        #expect(doc.paragraphs[annexRow - 1].alignment == "center")
        #expect(doc.paragraphs[annexRow].alignment == "left")
    }

    @Test func specialCharactersAreEscapedAndComeBack() throws {
        // setup
        let awkward = DOCXSample.awkward
        var doc = DOCXSample.plan
        doc.issuingBody = "Khối A & B"
        doc.summary = "Về việc <tặng> \"Bằng khen\" & 'Cờ thi đua'"
        doc.signature.signer = "Lê <Văn> & \"An\""
        doc.recipients = ["Công ty A & B", "Lưu: VT <TĐKT>"]
        doc.place = "Hà Nội & Huế"
        // MUT
        let zip = try ZipPackageReader(try DOCXWriter.write(doc))
        let raw = try zip.string("word/document.xml")
        let text = try ReadDocument.parse(try zip.read("word/document.xml")).text
        // validation: escaped in the XML…
        #expect(raw.contains("Công ty A &amp; B &lt;TNHH&gt; &quot;Sao Vàng&quot; &apos;Hợp tác&apos;"))
        #expect(!raw.contains("<TNHH>"))
        #expect(!raw.contains("<tặng>"))
        #expect(!raw.contains("A & B"))
        // …and read back as typed.
        #expect(text.contains(awkward))
        #expect(text.contains("KHỐI A & B"))
        #expect(text.contains("Về việc <tặng> \"Bằng khen\" & 'Cờ thi đua'"))
        #expect(text.contains("Lê <Văn> & \"An\""))
        #expect(text.contains("- Công ty A & B;\n- Lưu: VT <TĐKT>."))
        #expect(text.contains("Hà Nội & Huế, ngày 06 tháng 01 năm 2023"))
        let core = try zip.string("docProps/core.xml")
        #expect(
            core.contains(
                "<dc:title>Kế hoạch Về việc &lt;tặng&gt; &quot;Bằng khen&quot; &amp; &apos;Cờ thi đua&apos;</dc:title>")
        )
        #expect(core.contains("<dc:creator>Khối A &amp; B</dc:creator>"))
        _ = try zip.xml("docProps/core.xml")
        _ = try zip.xml("docProps/app.xml")
    }

    @Test func charactersXMLCannotCarryAreDroppedNotBreakingTheFile() throws {
        // setup
        var doc = DOCXSample.plan
        doc.summary = "Kỳ\u{1}thi\u{B}đua\u{FFFE}"
        // MUT
        let zip = try ZipPackageReader(try DOCXWriter.write(doc))
        let text = try ReadDocument.parse(try zip.read("word/document.xml")).text
        // validation
        #expect(text.contains("Kỳthiđua"))
    }

    @Test func vietnameseIsWrittenNFC() throws {
        // setup: "Nguyễn Hoà" typed decomposed (e + combining marks)
        let decomposed = "Nguye\u{302}\u{303}n Hoa\u{300}"
        var doc = DOCXSample.plan
        doc.signature.signer = decomposed
        doc.body = [.paragraph([TextRun(decomposed)])]
        // MUT
        let raw = try ZipPackageReader(try DOCXWriter.write(doc)).string("word/document.xml")
        // validation
        #expect(!raw.unicodeScalars.contains { $0.value == 0x302 || $0.value == 0x303 || $0.value == 0x300 })
        #expect(raw.components(separatedBy: "Nguy\u{1EC5}n Ho\u{E0}").count == 3)
    }

    @Test func sectionIsA4WithTheDecreeMargins() throws {
        // MUT
        let body = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan)).xml("word/document.xml").child("body")!
        // validation: sectPr is the last child of the body
        let section = try #require(body.children.last)
        #expect(section.name == "sectPr")
        let size = try #require(section.child("pgSz"))
        #expect(size["w:w"] == "11906" && size["w:h"] == "16838")
        #expect(size["w:orient"] == nil)
        let margins = try #require(section.child("pgMar"))
        #expect(margins["w:top"] == "1134")  // 20 mm
        #expect(margins["w:bottom"] == "1134")  // 20 mm
        #expect(margins["w:left"] == "1701")  // 30 mm
        #expect(margins["w:right"] == "850")  // 15 mm
        // The page number from page 2 on.
        #expect(section.child("titlePg") != nil)
        #expect(section.child("headerReference")?["w:type"] == "default")
    }

    @Test func pageNumberHeaderHoldsAPageField() throws {
        // MUT
        let header = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan)).string("word/header1.xml")
        // validation
        #expect(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(header.contains("<w:jc w:val=\"center\"/>"))
    }

    @Test func annexesStartOnANewPage() throws {
        // MUT
        let doc = try ReadDocument.parse(docx: try DOCXWriter.write(DOCXSample.plan))
        let raw = try ZipPackageReader(try DOCXWriter.write(DOCXSample.plan)).string("word/document.xml")
        // validation
        #expect(raw.components(separatedBy: "<w:pageBreakBefore/>").count == 2)
        let title = try #require(doc.paragraph(containing: "PHỤ LỤC"))
        let boldTitle = title.runs.allSatisfy { $0.bold }
        #expect(title.alignment == "center" && boldTitle)
        #expect(try #require(doc.run(containing: "(Kèm theo Kế hoạch")).italic)
    }

    @Test func letterWithoutATitlePutsItsSummaryUnderTheNumber() throws {
        // setup
        var letter = DOCXSample.plan
        letter.documentType = nil
        letter.summary = "V/v đăng ký thi đua năm 2023"
        letter.number = "Số: 15/KTĐ"
        letter.annexes = []
        // MUT
        let doc = try ReadDocument.parse(docx: try DOCXWriter.write(letter))
        // validation
        #expect(doc.text.contains("Số: 15/KTĐ\nV/v đăng ký thi đua năm 2023\n"), "no doubled \"Số:\"")
        #expect(!doc.text.contains("Số: Số:"))
        #expect(doc.paragraphs.filter(\.topRule).count == 1, "only the rule under the issuing body")
        #expect(!doc.text.contains("KẾ HOẠCH"))
    }

    @Test func recipientsGetTheirDashesAndClosingPunctuation() {
        // MUT
        let lines = StateLayout.recipientLines([
            "Như Điều 3", " ", "- Bộ Nội vụ;", "Các đơn vị:", "+ Công ty A;", "Lưu: VT, TĐKT",
        ])
        // validation
        #expect(lines == ["- Như Điều 3;", "- Bộ Nội vụ;", "- Các đơn vị:", "+ Công ty A;", "- Lưu: VT, TĐKT."])
        #expect(StateLayout.recipientLines(["Lưu: VT."]) == ["- Lưu: VT."])
        #expect(StateLayout.recipientLines([]).isEmpty)
    }

    @Test func sameDocumentSameBytes() throws {
        // setup
        var other = DOCXSample.plan
        other.date = LocalDate("2023-01-07")!
        // MUT
        let a = try DOCXWriter.write(DOCXSample.plan)
        let b = try DOCXWriter.write(DOCXSample.plan)
        let c = try DOCXWriter.write(other)
        // validation
        #expect(a == b)
        #expect(a != c)
        let core = try ZipPackageReader(a).string("docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-01-06T00:00:00Z</dcterms:created>"))
    }

    @Test func minimalDocumentWithoutOptionalPartsIsStillComplete() throws {
        // setup
        let doc = StateDocument(
            issuingBody: "Khối thi đua", number: "1/QĐ-KTĐ", place: "Hà Nội",
            date: LocalDate("2024-02-05")!, documentType: "Quyết định",
            signature: SignatureBlock(position: "Trưởng khối", signer: "Trần Văn B"))
        // MUT
        let zip = try ZipPackageReader(try DOCXWriter.write(doc))
        let read = try ReadDocument.parse(try zip.read("word/document.xml"))
        // validation
        for part in DOCXWriter.partNames { _ = try zip.xml(part) }
        #expect(read.text.contains("Hà Nội, ngày 05 tháng 02 năm 2024"))
        #expect(read.text.contains("QUYẾT ĐỊNH"))
        #expect(read.text.contains("TRƯỞNG KHỐI"))
        #expect(!read.text.contains("Nơi nhận:"))
        // The body ends in a paragraph, then the section.
        let body = try zip.xml("word/document.xml").child("body")!
        #expect(body.children.suffix(2).map(\.name) == ["p", "sectPr"])
    }

    /// Writes the sample to `THIDUA_DOCX_SAMPLE` when set, for `e2e/check_docx.py` to read it with
    /// python-docx and LibreOffice.
    @Test func writesTheSampleForTheIndependentChecker() throws {
        // setup
        let data = try DOCXWriter.write(DOCXSample.plan)
        #expect(data.count > 1000)
        guard let path = ProcessInfo.processInfo.environment["THIDUA_DOCX_SAMPLE"], !path.isEmpty else { return }
        // MUT
        try data.write(to: URL(fileURLWithPath: path))
        // validation
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
    }
}
