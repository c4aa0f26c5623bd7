import Foundation

/// Every problem reading or writing a spreadsheet or CSV file. Each case carries a Vietnamese
/// message that tells the officer what to do next.
public enum DocumentError: Error, Equatable, Sendable {
    /// The bytes are not a ZIP archive, so not an .xlsx (an old .xls or a password-protected file
    /// also lands here).
    case notAZip
    /// A part the workbook needs is absent from the archive, e.g. `xl/workbook.xml`.
    case missingPart(String)
    /// The content is not what the format requires (bad XML, a corrupt entry, an unclosed quote…).
    case malformed(String)
    /// The archive has more entries than any real Office file.
    case tooManyParts(limit: Int)
    /// One part inflates to more than the limit (zip-bomb guard).
    case partTooLarge(part: String, limitBytes: Int)
    /// The parts read inflate, together, to more than the limit.
    case uncompressedTooLarge(limitBytes: Int)
    /// An XML part has a text, tag or comment longer than the limit in one stretch: filler such as
    /// whitespace, which real Office files never have.
    case overlongRun(part: String, limitBytes: Int)
    /// An XML part has more elements than the limit.
    case tooManyElements(part: String, limit: Int)
    /// An XML part declares a DOCTYPE or an entity: never in Office files, the door to
    /// entity-expansion ("billion laughs") and external-entity attacks.
    case doctype(part: String)
    /// An XML part is in an encoding other than UTF-8 or UTF-16, the only two Office files may use.
    case unsupportedEncoding(part: String, encoding: String)
    /// More rows than the limit (see `SpreadsheetLimits.maxRows`).
    case tooManyRows(limit: Int)
    /// More columns than the limit (see `SpreadsheetLimits.maxColumns`).
    case tooManyColumns(limit: Int)
    /// More cells than the limit (see `SpreadsheetLimits.maxCells`).
    case tooManyCells(limit: Int)
    /// A cell's text is longer than the limit; `cell` is its reference, nil for a shared string
    /// (its cell is not known yet).
    case cellTextTooLong(cell: String?, limit: Int)
    /// More shared strings than the limit.
    case tooManySharedStrings(limit: Int)
    /// The shared strings hold more text than the limit.
    case sharedStringsTooLarge(limitBytes: Int)
    /// A cell holds a formula; we only import values.
    case formulaCell(sheet: String, cell: String)
    /// A cell's value cannot be represented (a date Excel cannot show, a number that is not finite…).
    case invalidValue(sheet: String, cell: String, detail: String)
    /// A sheet is beyond Excel's limits (1 048 576 rows, 16 384 columns, 32 767 characters a cell).
    case beyondExcelLimits(sheet: String, detail: String)
    /// A CSV file is not UTF-8; `line` is the first physical line (1-based) with a bad byte.
    case invalidUTF8(line: Int)

    private var split: String { "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp." }
    private var resave: String {
        "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập lại."
    }

    public var message: String {
        switch self {
        case .notAZip:
            return "Tệp không phải là tệp Excel .xlsx hợp lệ (không đọc được nén ZIP). "
                + "Hãy lưu lại tệp bằng Excel hoặc LibreOffice dưới dạng .xlsx "
                + "(tệp .xls cũ hoặc tệp có đặt mật khẩu cũng cần lưu lại như vậy, không đặt mật khẩu)."
        case .missingPart(let path):
            return "Tệp .xlsx thiếu phần “\(path)” nên không đọc được. "
                + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập lại."
        case .malformed(let detail):
            return "Tệp bị hỏng hoặc không đúng định dạng (\(detail)). "
                + "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại."
        case .tooManyParts(let limit):
            return "Tệp nén có hơn \(NumberText.grouped(limit)) phần, tệp Excel thật không có nhiều như vậy. "
                + resave
        case .partTooLarge(let part, let limit):
            return "Tệp quá lớn để nhập: phần “\(part)” giải nén ra hơn \(NumberText.size(limit)), "
                + "vượt giới hạn \(NumberText.size(limit)) mỗi phần. " + split
        case .uncompressedTooLarge(let limit):
            return "Tệp quá lớn để nhập: giải nén ra hơn \(NumberText.size(limit)) dữ liệu, "
                + "vượt giới hạn \(NumberText.size(limit)) cho một tệp. " + split
        case .overlongRun(let part, let limit):
            return "Tệp có nội dung bất thường: phần “\(part)” có một đoạn liền dài hơn \(NumberText.size(limit)) "
                + "(thường là khoảng trắng hoặc dữ liệu rác), điều tệp Excel thật không có. "
                + "Hãy mở tệp bằng Excel hoặc LibreOffice, chép dữ liệu sang một tệp mới rồi lưu lại."
        case .tooManyElements(let part, let limit):
            return "Tệp có cấu trúc quá lớn: phần “\(part)” có hơn \(NumberText.grouped(limit)) phần tử XML, "
                + "vượt giới hạn mỗi lần nhập. " + split
        case .doctype(let part):
            return "Tệp có phần “\(part)” chứa khai báo DOCTYPE hoặc ENTITY. Tệp Excel thật không bao giờ có "
                + "khai báo này, nên tệp bị từ chối để bảo vệ máy chủ. " + resave
        case .unsupportedEncoding(let part, let encoding):
            return "Phần “\(part)” của tệp dùng bảng mã “\(encoding)”, trong khi tệp Excel chỉ được dùng UTF-8 "
                + "hoặc UTF-16. " + resave
        case .tooManyRows(let limit):
            return "Tệp có hơn \(NumberText.grouped(limit)) dòng, vượt giới hạn \(NumberText.grouped(limit)) dòng "
                + "mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn (và xóa các dòng trống đã định dạng ở cuối trang, nếu có)."
        case .tooManyColumns(let limit):
            return "Tệp có hơn \(NumberText.grouped(limit)) cột, vượt giới hạn \(NumberText.grouped(limit)) cột "
                + "mỗi lần nhập. Hãy giữ đúng các cột của tệp mẫu, xóa các cột thừa bên phải rồi nhập lại."
        case .tooManyCells(let limit):
            return "Tệp có hơn \(NumberText.grouped(limit)) ô, vượt giới hạn \(NumberText.grouped(limit)) ô "
                + "mỗi lần nhập. " + split
        case .cellTextTooLong(let cell, let limit):
            let which = cell.map { "Ô \($0)" } ?? "Một ô của tệp"
            return "\(which) có hơn \(NumberText.grouped(limit)) ký tự, vượt giới hạn \(NumberText.grouped(limit)) "
                + "ký tự một ô. Hãy rút ngắn nội dung ô này rồi nhập lại."
        case .tooManySharedStrings(let limit):
            return "Tệp có hơn \(NumberText.grouped(limit)) chuỗi văn bản khác nhau, vượt giới hạn mỗi lần nhập. "
                + split
        case .sharedStringsTooLarge(let limit):
            return "Văn bản trong tệp dài hơn \(NumberText.size(limit)), vượt giới hạn mỗi lần nhập. " + split
        case .formulaCell(let sheet, let cell):
            return "Ô \(cell) của trang “\(sheet)” chứa công thức. "
                + "Hãy dán giá trị (Paste Special → Values) rồi nhập lại."
        case .invalidValue(let sheet, let cell, let detail):
            return "Ô \(cell) của trang “\(sheet)” có giá trị không dùng được: \(detail). "
                + "Hãy sửa lại ô này (ngày nhập dạng dd/mm/yyyy) rồi thử lại."
        case .beyondExcelLimits(let sheet, let detail):
            return "Trang “\(sheet)” vượt giới hạn của Excel: \(detail). "
                + "Hãy lọc bớt dữ liệu hoặc chia thành nhiều lần xuất."
        case .invalidUTF8(let line):
            return "Tệp CSV không dùng bảng mã UTF-8 (lỗi từ dòng \(line)), nên chữ tiếng Việt sẽ bị sai. "
                + "Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited) (*.csv)” rồi nhập lại."
        }
    }
}
