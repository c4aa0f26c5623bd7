import ThiDuaCore
import Vapor

/// Histories, award codes and the change log.
extension OpenAPIDocument {
    static let historyOperations: [Operation] = [
        Operation(
            method: .GET, path: "/people/{personID}/history", summary: "Quá trình thi đua, khen thưởng của cá nhân",
            tag: "history", response: (200, "SubjectHistory")),
        Operation(
            method: .POST, path: "/people/{personID}/history",
            summary: "Thêm xếp loại, sáng kiến, kỷ luật, việc đang xem xét hoặc khen thưởng đã có", tag: "history",
            body: "HistoryDraft", response: (201, "HistoryEntry")),
        Operation(
            method: .GET, path: "/units/{unitID}/history", summary: "Quá trình thi đua, khen thưởng của tập thể",
            tag: "history", response: (200, "SubjectHistory")),
        Operation(
            method: .POST, path: "/units/{unitID}/history", summary: "Thêm thông tin vào quá trình của tập thể",
            tag: "history",
            body: "HistoryDraft", response: (201, "HistoryEntry")),
        Operation(
            method: .PUT, path: "/history/{entryID}", summary: "Sửa một thông tin (kèm version)", tag: "history",
            body: "HistoryUpdate", response: (200, "HistoryEntry")),
        Operation(
            method: .POST, path: "/history/{entryID}/withdraw",
            summary: "Rút một thông tin (kèm lý do); thông tin được giữ, không bị xóa", tag: "history",
            body: "WithdrawRequest", response: (200, "WithdrawnEntry")),
        Operation(
            method: .POST, path: "/history/{entryID}/restore", summary: "Khôi phục một thông tin đã rút",
            tag: "history", response: (200, "HistoryEntry")),
        Operation(
            method: .GET, path: "/award-codes", summary: "Mã danh hiệu, hình thức khen thưởng (có sẵn và của tổ chức)",
            tag: "history", response: (200, "AwardCodeList")),
        Operation(
            method: .POST, path: "/award-codes", summary: "Thêm mã của tổ chức (quản trị)", tag: "history",
            body: "AwardCodeRequest", response: (201, "AwardCode")),
        Operation(
            method: .GET, path: "/audit", summary: "Nhật ký thay đổi trong phạm vi được xem", tag: "audit",
            query: [
                ("entity", "string", "Bảng dữ liệu, ví dụ people"), ("actor", "string", "Tên đăng nhập"),
                ("page", "integer", "Trang"), ("per", "integer", "Số dòng mỗi trang"),
            ], response: (200, "AuditPage")),
    ]
}
