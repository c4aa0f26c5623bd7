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
    /// An entry would decompress to more than the allowed size (zip-bomb guard), or the sheet has
    /// more cells than we accept.
    case tooLarge
    /// A cell holds a formula; we only import values.
    case formulaCell(sheet: String, cell: String)
    /// A cell's value cannot be represented (a date Excel cannot show, a number that is not finite…).
    case invalidValue(sheet: String, cell: String, detail: String)
    /// A sheet is beyond Excel's limits (1 048 576 rows, 16 384 columns, 32 767 characters a cell).
    case beyondExcelLimits(sheet: String, detail: String)
    /// A CSV file is not UTF-8; `line` is the first physical line (1-based) with a bad byte.
    case invalidUTF8(line: Int)

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
        case .tooLarge:
            return "Tệp quá lớn để nhập (giới hạn 200 MB dữ liệu giải nén mỗi phần). "
                + "Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
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
