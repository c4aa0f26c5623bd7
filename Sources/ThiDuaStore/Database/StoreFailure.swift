import FluentKit
import SQLiteNIO
import ThiDuaCore

/// Database errors that are the user's situation, not a defect: told in Vietnamese instead of a 500.
public enum StoreFailure {
    /// A unique key taken by a concurrent request is a conflict (409); a lock held by another process
    /// (an import on SQLite) is "busy, try again" (503).
    public static func domainError(for error: any Error) -> DomainError? {
        if let e = error as? SQLiteError {
            switch e.reason {
            case .busy, .locked, .busyTimeout, .busyInSnapshot, .busyInRecovery, .lockedBySharedCache:
                return .databaseBusy
            default: break
            }
        }
        if let e = error as? any DatabaseError, e.isConstraintFailure {
            return .conflict(
                "Bản ghi này vừa được tạo hoặc thay đổi cùng lúc (trùng mã hoặc khóa đã có). Hãy tải lại trang, kiểm tra rồi thử lại."
            )
        }
        return nil
    }
}
