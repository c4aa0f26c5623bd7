/// How much an uploaded spreadsheet may hold. Anyone who may import may upload, so every limit is
/// checked while the file streams in (as it inflates, and before the XML parser or the CSV reader
/// builds anything), and a file over one is refused with a Vietnamese message that names it.
///
/// The defaults take a legitimate import of 100 000 rows × 10 columns with room to spare.
public struct SpreadsheetLimits: Hashable, Sendable {
    /// Rows: the last row holding a value, the `<row>` elements a sheet lists (formatted empty rows
    /// too), the rows its `<dimension>` claims; in a CSV, records (blank ones included, except at the end).
    public var maxRows: Int
    /// Columns: the last column holding a value, or claimed by the `<dimension>`; fields in a CSV record.
    public var maxColumns: Int
    /// Cells of a workbook, counted twice over: the `<c>` elements listed (empty ones too), and the
    /// cells filled in (values and the blanks between them); fields of a CSV file.
    public var maxCells: Int
    /// Characters (Unicode scalars) in one cell; Excel's own maximum is 32 767.
    public var maxCellTextLength: Int
    /// Strings in the shared string table (`xl/sharedStrings.xml`).
    public var maxSharedStrings: Int
    /// Total size of the shared strings, in UTF-8 bytes.
    public var maxSharedStringBytes: Int
    /// Uncompressed size of one part of an .xlsx (zip-bomb guard), counted as it inflates.
    public var maxPartBytes: Int
    /// Uncompressed size of all the parts read from one .xlsx.
    public var maxTotalBytes: Int
    /// Longest stretch of an XML part without a markup boundary: one text (e.g. whitespace between
    /// elements), tag, comment, processing instruction or CDATA section. Real files stay far below
    /// it; whitespace bombs do not.
    public var maxRunBytes: Int
    /// XML elements in one part.
    public var maxElements: Int
    /// Entries of the ZIP archive.
    public var maxParts: Int

    public init(
        maxRows: Int = 200_000, maxColumns: Int = 100, maxCells: Int = 2_000_000,
        maxCellTextLength: Int = 32_767, maxSharedStrings: Int = 2_000_000,
        maxSharedStringBytes: Int = 100 * 1_048_576, maxPartBytes: Int = 200 * 1_048_576,
        maxTotalBytes: Int = 300 * 1_048_576, maxRunBytes: Int = 1_048_576,
        maxElements: Int = 8_000_000, maxParts: Int = 10_000
    ) {
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
        self.maxCellTextLength = maxCellTextLength
        self.maxSharedStrings = maxSharedStrings
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRunBytes = maxRunBytes
        self.maxElements = maxElements
        self.maxParts = maxParts
    }

    public static let `default` = SpreadsheetLimits()
}

/// Numbers as the messages show them.
enum NumberText {
    /// `200000 → "200.000"`: Vietnamese groups thousands with a dot.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return out
    }

    /// `209715200 → "200 MB"`, `2048 → "2 KB"`, `100 → "100 byte"`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576 && bytes % 1_048_576 == 0 { return grouped(bytes / 1_048_576) + " MB" }
        if bytes >= 1_024 && bytes % 1_024 == 0 { return grouped(bytes / 1_024) + " KB" }
        return grouped(bytes) + " byte"
    }
}
