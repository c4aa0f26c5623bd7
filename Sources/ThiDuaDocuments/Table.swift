import Foundation
import ThiDuaCore

/// One cell of a spreadsheet, typed, so dates stay dates and numbers stay numbers.
public enum Cell: Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case date(LocalDate)
    case bool(Bool)

    /// The cell as an importer reads it: text as is, whole numbers without ".0", dates as dd/mm/yyyy.
    public var string: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .date(let d): return d.vietnamese
        case .bool(let b): return b ? "TRUE" : "FALSE"
        }
    }
}

/// A named sheet: the first row is the header.
public struct Table: Hashable, Sendable {
    public var name: String
    public var rows: [[Cell]]

    public init(name: String, rows: [[Cell]]) {
        self.name = name
        self.rows = rows
    }
}
