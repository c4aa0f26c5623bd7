import Foundation

/// How a record's changes reach the audit log, which keeps every event forever and which unit officers read.
public enum AuditPolicy: Sendable, Equatable {
    /// The event carries the record before and after the change.
    case full
    /// As `full`, with these fields' values replaced by `redactedMark`: the log shows that they are there, not
    /// what they hold.
    case redacted(Set<String>)
    /// The event says only that the actor acted on the record's container (a ballot's ballot box); it carries
    /// nothing of the record, not even its id. The record itself is written apart, with no actor and no time.
    case secret

    public static let redactedMark = "(đã ẩn)"
}

/// A record written through the audited store. It declares its policy here, once; `full` unless it says so.
public protocol AuditedRecord: Encodable {
    static var auditPolicy: AuditPolicy { get }
    /// What a secret record's events name instead of the record: its container.
    var auditContainerID: UUID? { get }
}

extension AuditedRecord {
    public static var auditPolicy: AuditPolicy { .full }
    public var auditContainerID: UUID? { nil }
}

extension AuditPolicy {
    /// The policy of a value's type: its declaration if it is an `AuditedRecord`, `full` otherwise.
    static func of<T>(_ type: T.Type) -> AuditPolicy {
        (type as? any AuditedRecord.Type)?.auditPolicy ?? .full
    }

    /// The JSON an event keeps of a value under this policy; nil for a secret record.
    func content(_ json: String?) -> String? {
        switch self {
        case .full: return json
        case .secret: return nil
        case .redacted(let fields):
            guard let json, var object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            else { return json }
            for field in fields where object[field] != nil { object[field] = Self.redactedMark }
            guard
                let data = try? JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
