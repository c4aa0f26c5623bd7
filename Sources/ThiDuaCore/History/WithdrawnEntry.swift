import Foundation

/// A history entry taken out of the record with a reason. Entries are evidence for later titles, so
/// they are set aside, not erased: the timeline lists them apart, and they can be put back.
public struct WithdrawnEntry: Hashable, Sendable, Codable {
    public var entry: HistoryEntry
    public var reason: String
    public var withdrawnBy: String
    public var withdrawnAt: Date

    public init(entry: HistoryEntry, reason: String, withdrawnBy: String, withdrawnAt: Date) {
        self.entry = entry
        self.reason = reason
        self.withdrawnBy = withdrawnBy
        self.withdrawnAt = withdrawnAt
    }

    public static let maxReasonLength = 500

    /// The reason as stored: required, trimmed, at most 500 characters.
    public static func validReason(_ raw: String) throws -> String {
        let reason = VietnameseText.paragraphs(raw)
        guard !reason.isEmpty else {
            throw DomainError.invalid([
                FieldError("reason", "Hãy ghi lý do rút thông tin này (ví dụ: nhập nhầm người, trùng quyết định).")
            ])
        }
        guard reason.count <= maxReasonLength else {
            throw DomainError.invalid([FieldError("reason", "Lý do dài quá \(maxReasonLength) ký tự.")])
        }
        return reason
    }
}
