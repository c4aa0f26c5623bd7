/// A problem with one field of a form or a JSON body, told in Vietnamese.
public struct FieldError: Error, Hashable, Sendable, Codable {
    public var field: String
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// Every error a use case can raise. Each carries a Vietnamese message that says what to do.
public enum DomainError: Error, Equatable, Sendable {
    case invalid([FieldError])
    case notFound(String)
    /// Deliberately says as little as `notFound`: a forbidden record must not be revealed.
    case forbidden
    case staleVersion(String)
    case conflict(String)
    case tooManyAttempts(minutes: Int)
    case unauthenticated
    /// Wrong username or password; deliberately does not say which.
    case signInFailed
    /// Another process holds the database's write lock (SQLite during an import) longer than a write waits.
    case databaseBusy
    /// The heavy jobs (imports, sweeps, documents) allowed at once are all running.
    case tooManyJobs
    /// A request asks for more work than one request may cause; the text names the limit.
    case tooMuchWork(String)
    /// A stored setting or value does not decode: said, logged, never replaced by a default. The text names
    /// what (a setting, or a table and column), never a person's data.
    case unreadable(String)

    public var message: String {
        switch self {
        case .invalid(let errors):
            let list = errors.map(\.message).joined(separator: " ")
            return "Dữ liệu chưa hợp lệ. \(list)"
        case .notFound(let what):
            return "Không tìm thấy \(what). Hãy kiểm tra lại đường dẫn hoặc quay về danh sách."
        case .forbidden:
            return "Bạn không có quyền với bản ghi này. Nếu cần, hãy liên hệ quản trị hệ thống."
        case .staleVersion(let what):
            return "\(what) vừa được người khác sửa. Hãy tải lại trang, xem thay đổi mới rồi sửa lại."
        case .conflict(let message):
            return message
        case .tooManyAttempts(let minutes):
            return "Đăng nhập sai quá nhiều lần. Hãy thử lại sau \(minutes) phút."
        case .unauthenticated:
            return "Bạn cần đăng nhập để tiếp tục."
        case .signInFailed:
            return "Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra lại (chú ý chữ hoa, chữ thường)."
        case .databaseBusy:
            return "Hệ thống đang nhập dữ liệu, thử lại sau. Thay đổi của bạn chưa được ghi; hãy gửi lại sau ít phút."
        case .tooManyJobs:
            return "Hệ thống đang xử lý nhiều việc nặng (nhập, xuất, xét điều kiện). Hãy thử lại sau ít phút."
        case .tooMuchWork(let message):
            return message
        case .unreadable(let what):
            return "Dữ liệu đã lưu không đọc được (\(what)). Hệ thống không tự thay bằng giá trị mặc định; "
                + "hãy báo quản trị hệ thống kiểm tra."
        }
    }
}
