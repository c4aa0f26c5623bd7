import Foundation

/// Reading and checking the audit log.
public struct AuditService: Sendable {
    public let store: any DataStore

    public init(store: any DataStore) {
        self.store = store
    }

    /// Events the account may see: everything for those who read every unit, the own units' otherwise.
    public func list(for account: Account, entity: String? = nil, actor: String? = nil, page: Int = 1, perPage: Int = 50) async throws -> ListPage<AuditEvent> {
        let scope = try await AccessPolicy(account: account).peopleScope { bloc in try await store.blocs.unitIDs(inBloc: bloc) }
        let units: Set<UUID>?
        switch scope {
        case .all: units = nil
        case .units(let ids): units = ids
        }
        return try await store.audit.list(AuditFilter(entity: entity, actor: actor, units: units, page: page, perPage: perPage))
    }

    /// Walks the whole chain in batches; `progress` gets the number checked so far.
    public func verify(batchSize: Int = 5000, progress: (Int) -> Void = { _ in }) async throws -> AuditChain.Verdict {
        var previous: (seq: Int64, hash: String)?
        var checked = 0
        while true {
            let batch = try await store.audit.events(after: previous?.seq ?? 0, limit: batchSize)
            if batch.isEmpty { break }
            if case .broken(let seq, let reason) = AuditChain.verify(batch, startingAfter: previous) {
                return .broken(seq: seq, reason: reason)
            }
            checked += batch.count
            previous = (batch.last!.seq, batch.last!.hash)
            progress(checked)
        }
        let head = try await store.audit.head()
        if head.seq != (previous?.seq ?? 0) || head.hash != (previous?.hash ?? AuditChain.genesis) {
            return .broken(seq: (previous?.seq ?? 0) + 1, reason: "sổ ghi \(head.seq) sự kiện nhưng chỉ còn \(previous?.seq ?? 0): các sự kiện cuối đã bị xóa")
        }
        return .intact(count: checked)
    }
}
