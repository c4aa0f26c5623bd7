/// A1-style cell references. Rows and columns are 1-based, as Excel shows them.
enum CellReference {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// `1 → "A"`, `27 → "AA"`, `16384 → "XFD"`.
    static func columnName(_ column: Int) -> String {
        precondition(column >= 1)
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `(row: 7, column: 2) → "B7"`.
    static func name(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// `"B7" → (7, 2)`; `"$B$7"` is accepted too. Nil when it is not a reference within Excel's grid.
    static func parse(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        var sawLetter = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                sawLetter = true
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                guard column <= maxColumns else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter else { return nil }
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= maxRows else { return nil }
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row >= 1 else { return nil }
        return (row, column)
    }
}
