import Foundation

/// One change: who, when, what, the old value and the new one. Each event holds the hash of the
/// previous one, so that an event altered or removed afterwards breaks the chain.
public struct AuditEvent: Hashable, Sendable, Codable {
    public enum Action: String, CaseIterable, Sendable, Codable {
        case create, update, delete
        /// A history entry set aside with a reason, and put back: evidence is never erased.
        case withdraw, restore

        public var vietnamese: String {
            switch self {
            case .create: return "Thêm"
            case .update: return "Sửa"
            case .delete: return "Xóa"
            case .withdraw: return "Rút"
            case .restore: return "Khôi phục"
            }
        }
    }

    public var seq: Int64
    /// Milliseconds since 1970: an integer, so that both databases store it exactly.
    public var atMillis: Int64
    public var actor: String
    public var action: Action
    /// The table, e.g. `people`.
    public var entity: String
    public var entityID: String
    /// The unit the record belongs to, so that a unit officer sees their own unit's events.
    public var unitID: UUID?
    public var oldValue: String?
    public var newValue: String?
    public var previousHash: String
    public var hash: String

    public init(
        seq: Int64, atMillis: Int64, actor: String, action: Action, entity: String, entityID: String, unitID: UUID?,
        oldValue: String?, newValue: String?, previousHash: String, hash: String? = nil
    ) {
        self.seq = seq
        self.atMillis = atMillis
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.unitID = unitID
        self.oldValue = oldValue
        self.newValue = newValue
        self.previousHash = previousHash
        self.hash = ""
        self.hash = hash ?? AuditChain.hash(of: self)
    }

    public var at: Date { Date(timeIntervalSince1970: Double(atMillis) / 1000) }
}

/// The rules of the hash chain, shared by the writer (the store) and the checker (`thidua audit verify`).
public enum AuditChain {
    /// The previous hash of the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// Every field but the hash itself, each length-prefixed, so no two events can serialize alike.
    public static func hash(of e: AuditEvent) -> String {
        let fields = [
            String(e.seq), String(e.atMillis), e.actor, e.action.rawValue, e.entity, e.entityID,
            e.unitID?.uuidString.lowercased() ?? "", e.oldValue ?? "\u{0}", e.newValue ?? "\u{0}", e.previousHash,
        ]
        return SHA256Hash.hex(fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|"))
    }

    public enum Verdict: Equatable, Sendable {
        case intact(count: Int)
        case broken(seq: Int64, reason: String)
    }

    /// Checks events in `seq` order; the first that does not fit is named.
    public static func verify(_ events: [AuditEvent], startingAfter previous: (seq: Int64, hash: String)? = nil)
        -> Verdict
    {
        var expectedPrevious = previous?.hash ?? genesis
        var expectedSeq = (previous?.seq ?? 0) + 1
        for e in events {
            if e.seq != expectedSeq {
                return .broken(seq: e.seq, reason: "thiếu sự kiện số \(expectedSeq) (gặp số \(e.seq))")
            }
            if e.previousHash != expectedPrevious {
                return .broken(seq: e.seq, reason: "mã băm của sự kiện trước không khớp")
            }
            if hash(of: e) != e.hash {
                return .broken(seq: e.seq, reason: "nội dung đã bị sửa sau khi ghi")
            }
            expectedPrevious = e.hash
            expectedSeq += 1
        }
        return .intact(count: events.count)
    }
}

/// A change to record; the store gives it its number, time and place in the chain.
public struct AuditChange: Sendable {
    public var action: AuditEvent.Action
    public var entity: String
    public var entityID: String
    public var unitID: UUID?
    public var oldValue: String?
    public var newValue: String?

    /// The change as the record's `AuditPolicy` lets the log keep it: whole, with fields redacted, or, for a
    /// secret record, an event on its container with no content.
    public init<Old: Encodable, New: Encodable>(
        _ action: AuditEvent.Action, entity: String, id: String, unitID: UUID?, old: Old?, new: New?
    ) {
        let policy = AuditPolicy.of(New.self) == .full ? AuditPolicy.of(Old.self) : AuditPolicy.of(New.self)
        self.action = action
        self.entity = entity
        self.entityID = id
        if policy == .secret {
            let record = (new as? any AuditedRecord) ?? (old as? any AuditedRecord)
            self.entityID = record?.auditContainerID?.uuidString.lowercased() ?? ""
        }
        self.unitID = unitID
        self.oldValue = policy.content(old.flatMap(AuditChange.json))
        self.newValue = policy.content(new.flatMap(AuditChange.json))
    }

    /// One encoder for every change: creating one per event cost a tenth of a bulk import.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json<T: Encodable>(_ value: T) -> String? {
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}

public struct AuditFilter: Sendable, Equatable {
    public var entity: String?
    public var actor: String?
    /// nil: every unit (admin); a set: only events of these units.
    public var units: Set<UUID>?
    public var page: Int
    public var perPage: Int

    public init(entity: String? = nil, actor: String? = nil, units: Set<UUID>? = nil, page: Int = 1, perPage: Int = 50)
    {
        self.entity = entity
        self.actor = actor
        self.units = units
        self.page = min(max(1, page), ListQuery.maxPage)
        self.perPage = min(max(1, perPage), ListQuery.maxPerPage)
    }
}

/// Port for the audit log.
public protocol AuditRepository: Sendable {
    /// Appends in the caller's transaction.
    func record(_ change: AuditChange, actor: String) async throws
    /// Appends many in order, in the caller's transaction.
    func recordMany(_ changes: [AuditChange], actor: String) async throws
    func list(_ filter: AuditFilter) async throws -> ListPage<AuditEvent>
    /// All events in order, in batches, for verification.
    func events(after seq: Int64, limit: Int) async throws -> [AuditEvent]
    /// The number and hash of the last event written, kept apart so that a removed tail is noticed.
    func head() async throws -> (seq: Int64, hash: String)
    /// The event with this hash, if the chain holds it.
    func event(withHash hash: String) async throws -> AuditEvent?
    func addCheckpoint(_ checkpoint: AuditCheckpoint) async throws
    func checkpoints(after seq: Int64, limit: Int) async throws -> [AuditCheckpoint]
    func latestCheckpoint() async throws -> AuditCheckpoint?
    /// Records whose stored version differs from their last event's, or that no event wrote; at most `limit`.
    func mismatches(limit: Int) async throws -> [AuditMismatch]
}
