/// The length of a cell's text, in Unicode scalars.
enum CellText {
    /// `text`, or `cellTextTooLong` when it has more than `maxCellTextLength` characters.
    static func checked(_ text: String, cell: @autoclosure () -> String?, limits: SpreadsheetLimits) throws -> String {
        // Scalars are never more than UTF-8 bytes, so short texts need no counting.
        if text.utf8.count > limits.maxCellTextLength && text.unicodeScalars.count > limits.maxCellTextLength {
            throw DocumentError.cellTextTooLong(cell: cell(), limit: limits.maxCellTextLength)
        }
        return text
    }

    /// Refuses text still being read once it is certainly too long, before it grows further: it
    /// is not decoded yet, and `_xHHHH_` takes 7 bytes for one character.
    static func checkGrowing(_ raw: String, cell: String?, limits: SpreadsheetLimits) throws {
        if raw.utf8.count > 7 * limits.maxCellTextLength {
            throw DocumentError.cellTextTooLong(cell: cell, limit: limits.maxCellTextLength)
        }
    }
}
