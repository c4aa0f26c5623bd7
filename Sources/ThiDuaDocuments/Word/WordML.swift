import Foundation

/// Builders of WordprocessingML (`w:p`, `w:r`, `w:tbl`) from formatting values.
///
/// Properties are written in the order the schema requires: Word calls a document with properties
/// out of order corrupt, even where LibreOffice reads it.
enum WordML {
    static let mainNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    // MARK: Runs

    struct RunFormat: Hashable {
        var bold = false
        var italic = false
        var underline = false
        /// Font size in half-points (28 = 14 pt); nil keeps the style's.
        var size: Int?

        func merged(with run: TextRun) -> RunFormat {
            var f = self
            f.bold = f.bold || run.bold
            f.italic = f.italic || run.italic
            f.underline = f.underline || run.underline
            return f
        }

        var xml: String {
            var x = ""
            if bold { x += "<w:b/><w:bCs/>" }
            if italic { x += "<w:i/><w:iCs/>" }
            if let size { x += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
            if underline { x += "<w:u w:val=\"single\"/>" }
            return x.isEmpty ? "" : "<w:rPr>\(x)</w:rPr>"
        }
    }

    /// Text as the document shows it: NFC (Vietnamese typed on some keyboards arrives decomposed),
    /// one kind of line break.
    static func prepared(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }

    /// One `w:r`; "\n" becomes `w:br`, "\t" becomes `w:tab`. Empty text gives nothing.
    static func run(_ text: String, _ format: RunFormat) -> String {
        let text = prepared(text)
        guard !text.isEmpty else { return "" }
        var x = "<w:r>" + format.xml
        for (l, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if l > 0 { x += "<w:br/>" }
            for (p, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if p > 0 { x += "<w:tab/>" }
                // Always `preserve`: runs meet at spaces ("Căn cứ " + bold "Luật …").
                if !piece.isEmpty { x += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>" }
            }
        }
        return x + "</w:r>"
    }

    // MARK: Paragraphs

    enum LineSpacing: Hashable {
        /// A multiple of single spacing (1.2 = 288 in 240ths).
        case multiple(Double)
        /// Exactly this many twips.
        case exact(Int)
    }

    struct ParagraphFormat: Hashable {
        var style: String?
        var keepNext = false
        var keepLines = false
        var pageBreakBefore = false
        /// A rule drawn at the top of the paragraph: with an empty paragraph and side indents,
        /// the short centred lines under the issuing body and the summary.
        var topRule = false
        var spacingBefore: Int?
        var spacingAfter: Int?
        var line: LineSpacing?
        var indentLeft: Int?
        var indentRight: Int?
        var firstLine: Int?
        var alignment: ParagraphAlignment?
        /// 0-based outline level, so headings show in the navigation pane.
        var outlineLevel: Int?
        /// Formatting of the paragraph mark: sets the height of an empty paragraph.
        var mark = RunFormat()

        var xml: String {
            var x = ""
            if let style { x += "<w:pStyle w:val=\"\(style)\"/>" }
            if keepNext { x += "<w:keepNext/>" }
            if keepLines { x += "<w:keepLines/>" }
            if pageBreakBefore { x += "<w:pageBreakBefore/>" }
            if topRule {
                x += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            }
            if spacingBefore != nil || spacingAfter != nil || line != nil {
                x += "<w:spacing"
                if let spacingBefore { x += " w:before=\"\(spacingBefore)\"" }
                if let spacingAfter { x += " w:after=\"\(spacingAfter)\"" }
                switch line {
                case .multiple(let m)?: x += " w:line=\"\(Int((m * 240).rounded()))\" w:lineRule=\"auto\""
                case .exact(let t)?: x += " w:line=\"\(t)\" w:lineRule=\"exact\""
                case nil: break
                }
                x += "/>"
            }
            if indentLeft != nil || indentRight != nil || firstLine != nil {
                x += "<w:ind"
                if let indentLeft { x += " w:left=\"\(indentLeft)\"" }
                if let indentRight { x += " w:right=\"\(indentRight)\"" }
                if let firstLine { x += " w:firstLine=\"\(firstLine)\"" }
                x += "/>"
            }
            if let alignment { x += "<w:jc w:val=\"\(jc(alignment))\"/>" }
            if let outlineLevel { x += "<w:outlineLvl w:val=\"\(outlineLevel)\"/>" }
            x += mark.xml
            return x.isEmpty ? "" : "<w:pPr>\(x)</w:pPr>"
        }
    }

    static func jc(_ alignment: ParagraphAlignment) -> String {
        switch alignment {
        case .justified: return "both"
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        }
    }

    /// A paragraph of runs, each formatted as `base` plus its own bold/italic/underline.
    static func paragraph(_ runs: [TextRun], base: RunFormat = RunFormat(), _ format: ParagraphFormat) -> String {
        var mark = format
        mark.mark = base.size.map { RunFormat(size: $0) } ?? format.mark
        return "<w:p>" + mark.xml + runs.map { run($0.text, base.merged(with: $0)) }.joined() + "</w:p>"
    }

    /// A paragraph of one run.
    static func paragraph(_ text: String, _ run: RunFormat = RunFormat(), _ format: ParagraphFormat) -> String {
        paragraph([TextRun(text)], base: run, format)
    }

    /// A short centred rule, `width` twips long, inside a container `containerWidth` twips wide.
    static func rule(width: Int, containerWidth: Int, spacingAfter: Int = 0) -> String {
        let side = max(0, (containerWidth - width) / 2)
        // The space before sits above the border: it keeps the rule off the descenders above.
        let format = ParagraphFormat(
            topRule: true, spacingBefore: 60, spacingAfter: spacingAfter, line: .exact(120),
            indentLeft: side, indentRight: side, firstLine: 0, alignment: .center,
            mark: RunFormat(size: 12))
        return "<w:p>" + format.xml + "</w:p>"
    }

    /// Roughly how wide `text` prints on one line, in twips, from Times New Roman's average widths
    /// (capitals about 0.64 em bold, 0.6 em regular; the rest about 0.46 em). Good enough to size
    /// a rule at 1/3–1/2 of a line, as the decree asks.
    static func estimatedWidth(_ text: String, sizePoints: Double, bold: Bool) -> Int {
        let lines = prepared(text).split(separator: "\n", omittingEmptySubsequences: false)
        let widest =
            lines.map { line in
                line.reduce(0.0) { sum, ch in
                    sum + (ch.isUppercase ? (bold ? 0.64 : 0.6) : (ch == " " ? 0.25 : (bold ? 0.48 : 0.45)))
                }
            }.max() ?? 0
        return Int(widest * sizePoints * 20)
    }

    // MARK: Tables

    struct TableFormat {
        /// Column widths in twips.
        var columns: [Int]
        var style: String?
        var borders: Bool
        var indent = 0
        var cellMargin: Int?
        /// The first row repeats at the top of every page.
        var headerRow = false
        /// No row breaks across pages.
        var cantSplit = false
    }

    /// A table of rows of cells, each cell given as its inner XML (one or more `w:p`). A cell
    /// must hold a paragraph: an empty one gets an empty paragraph.
    static func table(_ rows: [[String]], _ format: TableFormat) -> String {
        let total = format.columns.reduce(0, +)
        var x = "<w:tbl><w:tblPr>"
        if let style = format.style { x += "<w:tblStyle w:val=\"\(style)\"/>" }
        x += "<w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
        x += "<w:tblInd w:w=\"\(format.indent)\" w:type=\"dxa\"/>"
        let edges = ["top", "left", "bottom", "right", "insideH", "insideV"]
        x +=
            "<w:tblBorders>"
            + edges.map { edge in
                format.borders
                    ? "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                    : "<w:\(edge) w:val=\"nil\"/>"
            }.joined() + "</w:tblBorders>"
        // Fixed layout: readers keep our widths instead of fitting columns to the text.
        x += "<w:tblLayout w:type=\"fixed\"/>"
        if let m = format.cellMargin {
            x +=
                "<w:tblCellMar><w:left w:w=\"\(m)\" w:type=\"dxa\"/><w:right w:w=\"\(m)\" w:type=\"dxa\"/></w:tblCellMar>"
        }
        x +=
            "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
            + "w:noHBand=\"0\" w:noVBand=\"1\"/>"
        x += "</w:tblPr><w:tblGrid>"
        x += format.columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        x += "</w:tblGrid>"
        for (r, row) in rows.enumerated() {
            x += "<w:tr>"
            let header = format.headerRow && r == 0
            if format.cantSplit || header {
                x +=
                    "<w:trPr>" + (format.cantSplit ? "<w:cantSplit/>" : "") + (header ? "<w:tblHeader/>" : "")
                    + "</w:trPr>"
            }
            for (c, width) in format.columns.enumerated() {
                let inner = c < row.count ? row[c] : ""
                x += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                x += inner.isEmpty ? "<w:p/>" : inner
                x += "</w:tc>"
            }
            x += "</w:tr>"
        }
        return x + "</w:tbl>"
    }
}
