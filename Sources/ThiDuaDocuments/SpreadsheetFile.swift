import Foundation
import ThiDuaCore

/// The two file formats officers use, chosen by the file's extension.
public enum SpreadsheetFormat: String, CaseIterable, Sendable {
    case xlsx, csv

    public init?(fileName: String) {
        guard let f = SpreadsheetFormat(rawValue: (fileName as NSString).pathExtension.lowercased()) else { return nil }
        self = f
    }

    public var contentType: String {
        self == .xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8"
    }
}

/// Reads and writes the rows of one list, as imports and exports need them.
public enum SpreadsheetFile {
    public enum Problem: Error, Equatable, Sendable {
        case unsupported(String)
        case noSheet
        case tooLarge(limitBytes: Int)

        public var message: String {
            switch self {
            case .unsupported(let name):
                return
                    "Không nhận tệp “\(name)”: chỉ nhận tệp Excel .xlsx hoặc .csv (UTF-8). Hãy lưu lại tệp theo một trong hai dạng này."
            case .noSheet:
                return "Tệp .xlsx không có trang tính nào. Hãy dùng tệp mẫu và nhập dữ liệu vào trang đầu tiên."
            case .tooLarge(let limit):
                return "Tệp lớn hơn giới hạn \(limit / 1_048_576) MB. Hãy chia thành nhiều tệp nhỏ hơn."
            }
        }
    }

    /// The rows of the first sheet (or of the CSV), as text: dates as dd/mm/yyyy, whole numbers without decimals.
    /// `limitBytes` bounds the upload itself; `limits` what it may hold once inflated and read.
    public static func read(
        _ data: Data, fileName: String, limitBytes: Int,
        limits: SpreadsheetLimits = .default
    ) throws -> [[String]] {
        guard let format = SpreadsheetFormat(fileName: fileName) else { throw Problem.unsupported(fileName) }
        guard data.count <= limitBytes else { throw Problem.tooLarge(limitBytes: limitBytes) }
        switch format {
        case .csv:
            return try CSVReader.read(data, limits: limits)
        case .xlsx:
            guard let first = try XLSXReader.firstSheet(data, limits: limits) else { throw Problem.noSheet }
            return first.rows.map { $0.map(\.string) }
        }
    }

    public static func write(_ rows: [[SheetValue]], sheetName: String, format: SpreadsheetFormat) throws -> Data {
        switch format {
        case .csv:
            return CSVWriter.write(rows.map { $0.map(\.text) })
        case .xlsx:
            return try XLSXWriter.write([Table(name: sheetName, rows: rows.map { $0.map(cell) })])
        }
    }

    static func cell(_ value: SheetValue) -> Cell {
        switch value {
        case .empty: return .empty
        case .text(let s): return .text(s)
        case .int(let n): return .number(Double(n))
        case .date(let d): return .date(d)
        }
    }

    /// Every problem of reading (limits included) as Vietnamese sentences; nil for other errors.
    public static func message(for error: any Error) -> String? {
        if let e = error as? DocumentError { return e.message }
        if let e = error as? Problem { return e.message }
        return nil
    }
}
