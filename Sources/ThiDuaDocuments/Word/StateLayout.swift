import Foundation

/// Lays a `StateDocument` out as `word/document.xml`, in the order and formatting of Decree
/// 30/2020/NĐ-CP (Appendix I): the header block, the title, the body, the closing (recipients and
/// signature), then the annexes.
///
/// Sizes are in half-points (26 = 13 pt) and lengths in twips, as WordprocessingML counts them.
struct StateLayout {
    let document: StateDocument

    static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"
    static let recipientsHeading = "Nơi nhận:"

    /// Relationship id of the page header (page numbers), shared with the writer.
    static let pageHeaderRelationship = "rId3"

    private typealias Run = WordML.RunFormat
    private typealias Para = WordML.ParagraphFormat

    func documentXML() -> String {
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x += "<w:document xmlns:w=\"\(WordML.mainNS)\" xmlns:r=\"\(WordML.relNS)\"><w:body>"
        x += headerBlock()
        x += title()
        x += blocks(document.body)
        x += closing()
        for annex in document.annexes { x += self.annex(annex) }
        x += sectionProperties()
        return x + "</w:body></w:document>"
    }

    // MARK: Header block

    /// A borderless table: issuing body and number on the left, national title, motto and
    /// place-and-date on the right. The second row puts "Số:" level with the date.
    private func headerBlock() -> String {
        let left = PageGeometry.blockLeftColumn
        let right = PageGeometry.blockRightColumn
        let inner = PageGeometry.blockCellMargin * 2
        let compact = Para(spacingBefore: 0, spacingAfter: 0, line: .multiple(1), firstLine: 0, alignment: .center)

        var bodies = ""
        if let parent = nonEmpty(document.parentBody) {
            bodies += WordML.paragraph(capitals(parent), Run(size: 24), compact)
        }
        bodies += WordML.paragraph(capitals(document.issuingBody), Run(bold: true, size: 24), compact)
        let issuerWidth = WordML.estimatedWidth(capitals(document.issuingBody), sizePoints: 12, bold: true)
        bodies += WordML.rule(width: ruleWidth(issuerWidth, container: left - inner), containerWidth: left - inner)

        var national = WordML.paragraph(Self.nationalTitle, Run(bold: true, size: 26), compact)
        national += WordML.paragraph(Self.motto, Run(bold: true, underline: true, size: 28), compact)

        var numberLine = compact
        numberLine.spacingBefore = 120
        var reference = WordML.paragraph("Số: " + numberText(), Run(size: 26), numberLine)
        if document.documentType == nil, let summary = nonEmpty(document.summary) {
            // A letter has no title: its summary ("V/v …") sits under the number.
            var about = compact
            about.spacingBefore = 60
            reference += WordML.paragraph(summary, Run(size: 24), about)
        }
        let dated = WordML.paragraph(document.placeAndDate, Run(italic: true, size: 28), numberLine)

        return WordML.table([[bodies, national], [reference, dated]], blockTable([left, right]))
    }

    private func blockTable(_ columns: [Int]) -> WordML.TableFormat {
        // Unsplittable: the signature stays whole on one page, beside its recipients.
        WordML.TableFormat(
            columns: columns, borders: false, indent: PageGeometry.blockIndent,
            cellMargin: PageGeometry.blockCellMargin, cantSplit: true)
    }

    /// The number without a "Số:" the officer may have typed.
    private func numberText() -> String {
        var n = document.number.trimmingCharacters(in: .whitespaces)
        if n.lowercased().hasPrefix("số:") { n = String(n.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
        return n
    }

    // MARK: Title

    /// The document type (bold capitals), the summary (bold) and a short rule under them.
    private func title() -> String {
        guard let type = nonEmpty(document.documentType) else { return "" }
        let centred = Para(
            keepNext: true, spacingBefore: 0, spacingAfter: 0, line: .multiple(1), firstLine: 0,
            alignment: .center)
        var first = centred
        first.spacingBefore = 480
        var x = WordML.paragraph(capitals(type), Run(bold: true, size: 28), first)
        var ruled = capitals(type)
        if let summary = nonEmpty(document.summary) {
            x += WordML.paragraph(summary, Run(bold: true, size: 28), centred)
            ruled = summary
        }
        let width = WordML.estimatedWidth(ruled, sizePoints: 14, bold: true)
        x += WordML.rule(
            width: ruleWidth(width, container: PageGeometry.textWidth), containerWidth: PageGeometry.textWidth,
            spacingAfter: 240)
        return x
    }

    /// Decree 30: a rule 1/3 to 1/2 as long as the line of text above it.
    private func ruleWidth(_ textWidth: Int, container: Int) -> Int {
        max(567, min(textWidth, container) * 2 / 5)
    }

    // MARK: Body

    private func blocks(_ blocks: [DocumentBlock]) -> String {
        var x = ""
        for (i, block) in blocks.enumerated() {
            x += self.block(block)
            // Two tables in a row would merge into one: keep a small paragraph between them.
            if case .table = block, i + 1 < blocks.count, case .table = blocks[i + 1] {
                x += WordML.paragraph("", Run(), Para(style: "NoiDung"))
            }
        }
        return x
    }

    private func block(_ block: DocumentBlock) -> String {
        switch block {
        case .paragraph(let runs, let alignment):
            var format = Para(style: "NoiDung")
            if alignment == .center || alignment == .right {
                format.alignment = alignment
                format.firstLine = 0
            } else if alignment == .left {
                format.alignment = .left
            }
            return WordML.paragraph(runs, format)
        case .heading(let text, let level):
            let level = min(3, max(1, level))
            return WordML.paragraph(text, Run(), Para(style: "Heading\(level)"))
        case .bullet(let runs):
            return WordML.paragraph([TextRun("- ")] + runs, Para(style: "GachDau"))
        case .legalBasis(let text):
            return WordML.paragraph(text, Run(), Para(style: "CanCu"))
        case .table(let table):
            return self.table(table)
        case .pageBreak:
            return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    private func table(_ table: TableBlock) -> String {
        let count = max(1, table.header.count, table.rows.map(\.count).max() ?? 0)
        let columns = Self.columnWidths(table, count: count, total: PageGeometry.textWidth)
        let cell = Para(spacingBefore: 40, spacingAfter: 40, line: .multiple(1), firstLine: 0)
        let ordinals = Set((0..<count).filter { Self.isOrdinalColumn(table, $0) })
        var rows: [[String]] = []
        if !table.header.isEmpty {
            var head = cell
            head.alignment = .center
            head.keepNext = true
            rows.append(
                (0..<count).map { c in
                    WordML.paragraph(c < table.header.count ? table.header[c] : "", Run(bold: true, size: 26), head)
                })
        }
        for row in table.rows {
            rows.append(
                (0..<count).map { c in
                    var format = cell
                    format.alignment =
                        table.alignments.flatMap { c < $0.count ? $0[c] : nil }
                        ?? (ordinals.contains(c) ? .center : .left)
                    return WordML.paragraph(c < row.count ? row[c] : "", Run(size: 26), format)
                })
        }
        let format = WordML.TableFormat(
            columns: columns, style: "BangKe", borders: true,
            headerRow: !table.header.isEmpty, cantSplit: true)
        // A paragraph after the table keeps it apart from what follows (and Word wants a body to end in one).
        return WordML.table(rows, format) + WordML.paragraph("", Run(), Para(spacingAfter: 0, line: .multiple(1)))
    }

    /// A column of short whole numbers (the "STT" column), centred unless told otherwise.
    static func isOrdinalColumn(_ table: TableBlock, _ column: Int) -> Bool {
        let cells = table.rows.map { column < $0.count ? $0[column].trimmingCharacters(in: .whitespaces) : "" }
            .filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// Twips for each column: the given weights, or weights from the longest line in each column
    /// (between 4 and 40 characters), so "STT" stays narrow and a unit's name gets room.
    static func columnWidths(_ table: TableBlock, count: Int, total: Int) -> [Int] {
        var weights: [Double] = (0..<count).map { c in
            if let given = table.columnWidths, c < given.count, given[c].isFinite, given[c] > 0 { return given[c] }
            if table.columnWidths != nil { return 1 }
            let cells = [c < table.header.count ? table.header[c] : ""] + table.rows.map { c < $0.count ? $0[c] : "" }
            let longest = cells.flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 0
            return Double(min(40, max(4, longest)))
        }
        let sum = weights.reduce(0, +)
        if sum <= 0 { weights = Array(repeating: 1, count: count) }
        var widths = weights.map { Int((Double(total) * $0 / weights.reduce(0, +)).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)  // the last column takes the rounding

        // No header word breaks in the middle ("ST/T"): a narrow column takes what it lacks from
        // the widest one, while that one keeps its own minimum.
        let minimums = (0..<count).map { c -> Int in
            let words = (c < table.header.count ? table.header[c] : "").split(whereSeparator: \.isWhitespace)
            let widest = words.map { WordML.estimatedWidth(String($0), sizePoints: 13, bold: true) }.max() ?? 0
            return widest + 2 * 108 + 80  // the cell's default side margins, and a little air
        }
        for c in 0..<count where widths[c] < minimums[c] {
            guard let donor = (0..<count).max(by: { widths[$0] - minimums[$0] < widths[$1] - minimums[$1] }),
                donor != c
            else { break }
            let moved = min(minimums[c] - widths[c], max(0, widths[donor] - minimums[donor]))
            widths[c] += moved
            widths[donor] -= moved
        }
        return widths
    }

    // MARK: Closing

    /// A borderless table: "Nơi nhận:" on the left, the signature block on the right.
    private func closing() -> String {
        let compact = Para(spacingBefore: 0, spacingAfter: 0, line: .multiple(1), firstLine: 0)

        var recipients = ""
        if !document.recipients.isEmpty {
            var heading = compact
            heading.keepNext = true
            recipients += WordML.paragraph(Self.recipientsHeading, Run(bold: true, italic: true, size: 24), heading)
            let items = Self.recipientLines(document.recipients)
            for item in items {
                recipients += WordML.paragraph(item, Run(size: 22), compact)
            }
        }

        var centred = compact
        centred.alignment = .center
        centred.keepNext = true
        func block(_ s: SignatureBlock) -> String {
            var out = ""
            for line in WordML.prepared(s.position).split(separator: "\n") {
                out += WordML.paragraph(capitals(String(line)), Run(bold: true, size: 28), centred)
            }
            // Room for the signature and the seal: five blank lines of 14 pt, about 3 cm.
            for _ in 0..<5 { out += WordML.paragraph("", Run(size: 28), centred) }
            return out + WordML.paragraph(s.signer, Run(bold: true, size: 28), centred)
        }
        let signature = block(document.signature)
        if let left = document.leftSignature { recipients = block(left) }

        var spaced = Para(keepNext: true, spacingBefore: 0, spacingAfter: 0, line: .exact(240))
        spaced.mark = Run(size: 24)
        let table = WordML.table(
            [[recipients, signature]],
            blockTable([
                PageGeometry.blockLeftColumn,
                PageGeometry.blockRightColumn,
            ]))
        // One empty line before, so the closing stands apart from the last paragraph; a tiny one
        // after, because Word wants the body to end in a paragraph.
        let end = Para(spacingBefore: 0, spacingAfter: 0, line: .exact(20), mark: Run(size: 2))
        return "<w:p>" + spaced.xml + "</w:p>" + table + "<w:p>" + end.xml + "</w:p>"
    }

    /// "- item;" for each item and "- last." for the last, unless the officer has already put
    /// the dash or the punctuation.
    static func recipientLines(_ items: [String]) -> [String] {
        let cleaned = items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return cleaned.enumerated().map { i, item in
            var line = item
            if !(line.hasPrefix("-") || line.hasPrefix("+") || line.hasPrefix("–")) { line = "- " + line }
            if let last = line.last, !";.:,".contains(last) { line += i == cleaned.count - 1 ? "." : ";" }
            return line
        }
    }

    // MARK: Annexes

    private func annex(_ annex: Annex) -> String {
        var first = Para(
            keepNext: true, pageBreakBefore: true, spacingBefore: 0, spacingAfter: 0,
            line: .multiple(1), firstLine: 0, alignment: .center)
        var x = ""
        for line in WordML.prepared(annex.title).split(separator: "\n", omittingEmptySubsequences: false) {
            x += WordML.paragraph(capitals(String(line)), Run(bold: true, size: 28), first)
            first.pageBreakBefore = false
        }
        if let subtitle = nonEmpty(annex.subtitle) {
            x += WordML.paragraph(subtitle, Run(italic: true, size: 28), first)
        }
        x += WordML.paragraph("", Run(), Para(spacingAfter: 0, line: .multiple(1)))
        return x + blocks(annex.blocks)
    }

    // MARK: Section

    /// A4, the decree's margins, the page number in the header from the second page on (`titlePg`
    /// leaves the first page's header empty).
    private func sectionProperties() -> String {
        "<w:sectPr>"
            + "<w:headerReference w:type=\"default\" r:id=\"\(Self.pageHeaderRelationship)\"/>"
            + "<w:pgSz w:w=\"\(PageGeometry.width)\" w:h=\"\(PageGeometry.height)\"/>"
            + "<w:pgMar w:top=\"\(PageGeometry.top)\" w:right=\"\(PageGeometry.right)\" "
            + "w:bottom=\"\(PageGeometry.bottom)\" w:left=\"\(PageGeometry.left)\" "
            + "w:header=\"\(PageGeometry.headerDistance)\" w:footer=\"\(PageGeometry.headerDistance)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"720\"/>"
            + "<w:titlePg/>"
            + "</w:sectPr>"
    }

    // MARK: Text

    /// The decree wants these in capitals; uppercasing keeps the text itself in capitals (not just
    /// its look), so search and copy-paste see what the page shows.
    private func capitals(_ text: String) -> String {
        WordML.prepared(text).uppercased().precomposedStringWithCanonicalMapping
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
