import Foundation

/// One piece of the body of a state document, in reading order.
public enum DocumentBlock: Hashable, Sendable {
    /// A paragraph of the body: justified with the first line indented, unless centred or right-aligned
    /// (a centred "QUYẾT ĐỊNH:" or "CHỦ TỊCH LIÊN MINH …" line of a decision).
    case paragraph([TextRun], alignment: ParagraphAlignment = .justified)
    /// A heading in bold, as written: level 1 "I. MỤC ĐÍCH, YÊU CẦU", level 2 "1. Mục đích",
    /// level 3 (bold italic) "a) Đối tượng". Levels outside 1…3 count as the nearest one.
    case heading(String, level: Int = 1)
    /// An item written "- text", indented like a paragraph.
    case bullet([TextRun])
    /// A legal basis, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", in italics.
    case legalBasis(String)
    case table(TableBlock)
    /// The rest starts on a new page.
    case pageBreak
}

public enum ParagraphAlignment: String, Hashable, Sendable {
    case justified, left, center, right
}

/// A stretch of text with one formatting. "\n" breaks the line, "\t" is a tab.
/// A string literal is a plain run: `.paragraph(["Khối thi đua ", .bold("phát động"), " phong trào"])`.
public struct TextRun: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public static func bold(_ text: String) -> TextRun { TextRun(text, bold: true) }
    public static func italic(_ text: String) -> TextRun { TextRun(text, italic: true) }
    public static func underline(_ text: String) -> TextRun { TextRun(text, underline: true) }
}

/// A simple table with ruled cells and a bold header row that repeats on every page, e.g. the
/// list of subjects in an annex. Cells are text; "\n" breaks a line inside a cell.
public struct TableBlock: Hashable, Sendable {
    public var header: [String]
    /// Rows shorter than the header are padded with empty cells; longer ones are cut to the header.
    public var rows: [[String]]
    /// Relative widths, one per column (e.g. [1, 6, 8, 3]); nil sizes the columns to their content.
    public var columnWidths: [Double]?
    /// Alignment of each column's body cells (the header is always centred); nil or missing: left,
    /// except a column of short whole numbers (the "STT" column), which is centred.
    public var alignments: [ParagraphAlignment]?

    public init(
        header: [String], rows: [[String]], columnWidths: [Double]? = nil,
        alignments: [ParagraphAlignment]? = nil
    ) {
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
        self.alignments = alignments
    }
}
