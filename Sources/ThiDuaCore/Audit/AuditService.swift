import Foundation

/// Reading and checking the audit log.
public struct AuditService: Sendable {
    public let store: any DataStore

    public init(store: any DataStore) {
        self.store = store
    }

    /// Events the account may see: everything for those who read every unit, the own units' otherwise.
    public func list(
        for account: Account, entity: String? = nil, actor: String? = nil, page: Int = 1, perPage: Int = 50
    ) async throws -> ListPage<AuditEvent> {
        let scope = try await AccessPolicy(account: account).unitScope { bloc in
            try await store.blocs.unitIDs(inBloc: bloc)
        }
        let units: Set<UUID>?
        switch scope {
        case .all: units = nil
        case .units(let ids): units = ids
        }
        return try await store.audit.list(
            AuditFilter(entity: entity, actor: actor, units: units, page: page, perPage: perPage))
    }

    /// Writes a signed checkpoint of the head, unless the latest one already holds it. Nil when nothing was written.
    @discardableResult
    public func checkpoint(key: String, now: Date = Date()) async throws -> AuditCheckpoint? {
        try await store.transaction { tx in
            let head = try await tx.audit.head()
            if let last = try await tx.audit.latestCheckpoint(), last.seq == head.seq, last.hash == head.hash {
                return nil
            }
            let c = AuditCheckpoint(
                seq: head.seq, hash: head.hash, atMillis: Int64((now.timeIntervalSince1970 * 1000).rounded()), key: key)
            try await tx.audit.addCheckpoint(c)
            return c
        }
    }

    /// The chain (`verifyChain`), then: every checkpoint is signed with `key` and still in the chain (a cut tail
    /// shows here); each `anchor` (a head written in a report, a backup or the bulletin) is still in the chain;
    /// and every audited record's version is the one its last event wrote.
    public func verify(
        key: String? = nil, anchors: [String] = [], batchSize: Int = 5000,
        progress: (Int) -> Void = { _ in }
    ) async throws -> AuditChain.Verdict {
        let chain = try await verifyChain(batchSize: batchSize, progress: progress)
        guard case .intact(let count) = chain else { return chain }
        let head = try await store.audit.head()
        var after: Int64 = -1
        while true {
            let batch = try await store.audit.checkpoints(after: after, limit: 1000)
            if batch.isEmpty { break }
            for c in batch {
                if let key, !c.isSigned(with: key) {
                    return .broken(
                        seq: c.seq,
                        reason:
                            "điểm mốc số \(c.seq) không có chữ ký hợp lệ: điểm mốc bị sửa, hoặc khóa THIDUA_AUDIT_KEY khác khóa đã ký"
                    )
                }
                guard c.seq <= head.seq else {
                    return .broken(
                        seq: head.seq + 1,
                        reason:
                            "điểm mốc đã ký ghi \(c.seq) sự kiện nhưng chuỗi chỉ còn \(head.seq): các sự kiện cuối đã bị cắt"
                    )
                }
                if c.seq > 0 {
                    let event = try await store.audit.events(after: c.seq - 1, limit: 1).first
                    guard let event, event.seq == c.seq, event.hash == c.hash else {
                        return .broken(
                            seq: c.seq,
                            reason: "sự kiện số \(c.seq) khác với điểm mốc đã ký: chuỗi đã bị cắt rồi viết lại")
                    }
                }
            }
            after = batch.last!.seq
        }
        for anchor in anchors {
            let hash = anchor.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard try await store.audit.event(withHash: hash) != nil || hash == AuditChain.genesis else {
                return .broken(
                    seq: head.seq,
                    reason: "mã băm \(hash) (ghi ở nơi khác) không còn trong chuỗi: nhật ký đã bị cắt hoặc viết lại")
            }
        }
        if let m = try await store.audit.mismatches(limit: 1).first {
            return .broken(seq: head.seq, reason: "bản ghi \(m.entity) \(m.entityID): \(m.reason)")
        }
        return .intact(count: count)
    }

    /// Walks the whole chain in batches; `progress` gets the number checked so far.
    public func verifyChain(batchSize: Int = 5000, progress: (Int) -> Void = { _ in }) async throws
        -> AuditChain.Verdict
    {
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
            return .broken(
                seq: (previous?.seq ?? 0) + 1,
                reason: "sổ ghi \(head.seq) sự kiện nhưng chỉ còn \(previous?.seq ?? 0): các sự kiện cuối đã bị xóa")
        }
        return .intact(count: checked)
    }
}
