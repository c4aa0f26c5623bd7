import Foundation
import ThiDuaCore

@testable import ThiDuaDocuments

/// A launch plan with every kind of block, an annex, Vietnamese text and XML-special characters.
enum DOCXSample {
    static let awkward = "Công ty A & B <TNHH> \"Sao Vàng\" 'Hợp tác'"

    static let plan = StateDocument(
        parentBody: "Liên minh Hợp tác xã Việt Nam",
        issuingBody: "Khối thi đua các đơn vị sự nghiệp và doanh nghiệp",
        number: "12/KH-KTĐ",
        place: "Hà Nội",
        date: LocalDate("2023-01-06")!,
        documentType: "Kế hoạch",
        summary: "Phát động phong trào thi đua năm 2023",
        body: [
            .legalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            .paragraph(["Khối thi đua ", .bold("xây dựng Kế hoạch"), " phát động phong trào thi đua năm 2023 như sau:"]
            ),
            .heading("I. MỤC ĐÍCH, YÊU CẦU"),
            .heading("1. Mục đích", level: 2),
            .bullet(["Động viên cán bộ, người lao động hoàn thành xuất sắc nhiệm vụ năm 2023;"]),
            .bullet([TextRun("Biểu dương " + awkward, italic: true)]),
            .heading("a) Đối tượng", level: 3),
            .paragraph(["Ghi chú: ", TextRun("gạch chân", underline: true), "\tsau tab\ndòng mới"], alignment: .left),
            .paragraph([.bold("II. NỘI DUNG")], alignment: .center),
            .table(
                TableBlock(
                    header: ["STT", "Đơn vị", "Chỉ tiêu"],
                    rows: [["1", awkward, "100%"], ["2", "Trường Cán bộ quản lý HTX"]],
                    alignments: [.center, .left, .right])),
        ],
        signature: SignatureBlock(position: "KT. TRƯỞNG KHỐI\nPhó Trưởng khối", signer: "Nguyễn Ngọc Bảo"),
        recipients: ["Ban Thi đua - Khen thưởng Trung ương", "Các đơn vị thành viên Khối", "Lưu: VT, TĐKT"],
        annexes: [
            Annex(
                title: "Phụ lục\nDanh sách các đơn vị tham gia",
                subtitle: "(Kèm theo Kế hoạch số 12/KH-KTĐ ngày 06/01/2023 của Khối thi đua)",
                blocks: [
                    .table(
                        TableBlock(
                            header: ["STT", "Tên đơn vị", "Ghi chú"],
                            rows: [
                                ["1", "Công ty Cổ phần Sao Vàng", ""],
                                ["2", "Trường Cán bộ quản lý HTX", "Đơn vị mới"],
                            ]))
                ])
        ]
    )
}

/// What a reader of `word/document.xml` sees: paragraphs of runs with their formatting, in order.
struct ReadDocument {
    struct Run {
        var text = ""
        var bold = false, italic = false, underline = false
        var size: Int?
    }

    struct Paragraph {
        var style: String?
        var alignment: String?
        var topRule = false
        var runs: [Run] = []
        var text: String { runs.map(\.text).joined() }
    }

    var paragraphs: [Paragraph] = []

    /// Every `w:t`, concatenated (tabs and breaks as "\t" and "\n"), one line per paragraph.
    var text: String { paragraphs.map(\.text).joined(separator: "\n") }

    func paragraph(containing text: String) -> Paragraph? {
        paragraphs.first { $0.text.contains(text) }
    }

    /// The run that holds all of `text`.
    func run(containing text: String) -> Run? {
        paragraphs.lazy.flatMap(\.runs).first { $0.text.contains(text) }
    }

    static func parse(_ data: Data) throws -> ReadDocument {
        let reader = WordReader()
        try reader.run(data, part: "word/document.xml")
        return ReadDocument(paragraphs: reader.paragraphs)
    }

    static func parse(docx: Data) throws -> ReadDocument {
        try parse(try ZipPackageReader(docx).read("word/document.xml"))
    }
}

private final class WordReader: XMLHandler {
    var paragraphs: [ReadDocument.Paragraph] = []
    private var paragraph: ReadDocument.Paragraph?
    private var run: ReadDocument.Run?
    private var inText = false
    private var inRunProperties = false

    override func start(_ name: String, _ a: [String: String]) throws {
        switch name {
        case "p": paragraph = ReadDocument.Paragraph()
        case "pStyle": paragraph?.style = a["w:val"]
        case "jc" where run == nil: paragraph?.alignment = a["w:val"]
        case "top" where run == nil: paragraph?.topRule = true
        case "r": run = ReadDocument.Run()
        case "rPr" where run != nil: inRunProperties = true
        case "b" where inRunProperties: run?.bold = a["w:val"] != "0"
        case "i" where inRunProperties: run?.italic = a["w:val"] != "0"
        case "u" where inRunProperties: run?.underline = a["w:val"] != "none"
        case "sz" where inRunProperties: run?.size = a["w:val"].flatMap(Int.init)
        case "t": inText = true
        case "tab" where run != nil: run?.text += "\t"
        case "br" where run != nil: run?.text += a["w:type"] == "page" ? "\u{C}" : "\n"
        default: break
        }
    }

    override func end(_ name: String) throws {
        switch name {
        case "t": inText = false
        case "rPr": inRunProperties = false
        case "r":
            if let run { paragraph?.runs.append(run) }
            run = nil
        case "p":
            if let paragraph { paragraphs.append(paragraph) }
            paragraph = nil
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { run?.text += string }
    }
}

/// The zip and XML helpers for tests of packages.
extension ZipPackageReader {
    func xml(_ part: String) throws -> XNode { try XNode.parse(try read(part), part: part) }
    func string(_ part: String) throws -> String { String(decoding: try read(part), as: UTF8.self) }
}
