import Foundation

/// A subject's history with what the timeline needs.
public struct SubjectHistory: Sendable {
    public var subjectKind: SubjectKind
    public var subjectID: UUID
    public var name: String
    public var ownerUnitID: UUID
    public var entries: [HistoryEntry]
    /// Entries taken out with a reason, kept as evidence and shown apart.
    public var withdrawn: [WithdrawnEntry] = []
    public var canEdit: Bool

    /// One row per year, newest first; undated entries last.
    public var timeline: [(year: Int?, entries: [HistoryEntry])] {
        let groups = Dictionary(grouping: entries, by: \.timelineYear)
        return groups.keys.sorted { ($0 ?? Int.min) > ($1 ?? Int.min) }.map { year in
            (year, groups[year]!.sorted { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) })
        }
    }
}

/// Use cases for histories: read within the people scope, change only with the right to edit the subject's unit.
public struct HistoryService: Sendable {
    public let store: any DataStore
    public let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.policy = AccessPolicy(account: account)
    }

    /// Built-in codes and the organization's own, by code.
    public func codes() async throws -> [String: AwardCode] {
        let all = AwardCode.builtIns + (try await store.history.customCodes())
        return Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func history(of kind: SubjectKind, _ id: UUID) async throws -> SubjectHistory {
        let (name, owner) = try await subject(kind, id, in: store)
        return SubjectHistory(
            subjectKind: kind, subjectID: id, name: name, ownerUnitID: owner,
            entries: try await store.history.entries(of: kind, id),
            withdrawn: try await store.history.withdrawn(of: kind, id),
            canEdit: policy.canEditPeople(ofUnit: owner))
    }

    public func add(_ draft: HistoryDraft, to kind: SubjectKind, _ id: UUID, today: LocalDate = .today()) async throws
        -> HistoryEntry
    {
        let codes = try await codes()
        return try await store.transaction { tx in
            let (_, owner) = try await subject(kind, id, in: tx)
            guard policy.canEditPeople(ofUnit: owner) else { throw DomainError.forbidden }
            let entry = try draft.validated(subjectKind: kind, subjectID: id, codes: codes, today: today)
            try await Self.checkUnique(entry, in: tx)
            try await tx.history.insert(entry, ownerUnitID: owner)
            return entry
        }
    }

    public func update(_ entryID: UUID, version: Int, _ draft: HistoryDraft, today: LocalDate = .today()) async throws
        -> HistoryEntry
    {
        let codes = try await codes()
        return try await store.transaction { tx in
            let current = try await editable(entryID, in: tx)
            var d = draft
            d.kind = current.kind.rawValue
            let entry = try d.validated(
                subjectKind: current.subjectKind, subjectID: current.subjectID, codes: codes,
                today: today, id: entryID, version: version)
            try await Self.checkUnique(entry, in: tx)
            return try await tx.history.update(entry)
        }
    }

    /// Takes the entry out of the record with a reason; it stays, withdrawn, in the subject's history and the audit log.
    public func withdraw(_ entryID: UUID, reason: String, now: Date = Date()) async throws -> WithdrawnEntry {
        let reason = try WithdrawnEntry.validReason(reason)
        return try await store.transaction { tx in
            _ = try await editable(entryID, in: tx)
            return try await tx.history.withdraw(entryID, reason: reason, at: now)
        }
    }

    /// Puts a withdrawn entry back, unless the record now has another rating for its year.
    public func restore(_ entryID: UUID) async throws -> HistoryEntry {
        try await store.transaction { tx in
            guard let w = try await tx.history.findWithdrawn(entryID) else {
                throw DomainError.notFound("thông tin đã rút này")
            }
            let (_, owner) = try await subject(w.entry.subjectKind, w.entry.subjectID, in: tx)
            guard policy.canEditPeople(ofUnit: owner) else { throw DomainError.forbidden }
            try await Self.checkUnique(w.entry, in: tx)
            return try await tx.history.restore(entryID)
        }
    }

    /// A withdrawn entry the account may put back: out of scope is "not found", read-only is "forbidden".
    public func restorableEntry(_ entryID: UUID) async throws -> WithdrawnEntry {
        guard let w = try await store.history.findWithdrawn(entryID) else {
            throw DomainError.notFound("thông tin đã rút này")
        }
        let (_, owner) = try await subject(w.entry.subjectKind, w.entry.subjectID, in: store)
        guard policy.canEditPeople(ofUnit: owner) else { throw DomainError.forbidden }
        return w
    }

    public func addCustomCode(code: String, name: String, kind: AwardCode.Kind, subjectKind: SubjectKind?) async throws
        -> AwardCode
    {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        let (c, n) = try AwardCode.validateCustom(code: code, name: name)
        let award = AwardCode(code: c, name: n, kind: kind, subjectKind: subjectKind, builtIn: false)
        return try await store.transaction { tx in
            if try await tx.history.customCodes().contains(where: { $0.code == c }) {
                throw DomainError.invalid([FieldError("code", "Mã \(c) đã có trong danh mục.")])
            }
            try await tx.history.insertCustomCode(award)
            return award
        }
    }

    /// The subject's display name and the unit that owns its history; out of scope is "not found".
    func subject(_ kind: SubjectKind, _ id: UUID, in store: any DataStore) async throws -> (String, UUID) {
        let scope = try await policy.unitScope { bloc in try await store.blocs.unitIDs(inBloc: bloc) }
        switch kind {
        case .person:
            guard let p = try await store.people.find(id), scope.contains(p.unitID) else {
                throw DomainError.notFound("người này")
            }
            return (p.fullName, p.unitID)
        case .collective:
            guard let u = try await store.units.find(id), scope.contains(u.id) else {
                throw DomainError.notFound("đơn vị")
            }
            return (u.name, u.id)
        }
    }

    /// The entry, when the account may change it: out of scope is "not found", read-only is "forbidden".
    public func editableEntry(_ entryID: UUID) async throws -> HistoryEntry {
        try await editable(entryID, in: store)
    }

    private func editable(_ entryID: UUID, in tx: any DataStore) async throws -> HistoryEntry {
        guard let entry = try await tx.history.find(entryID) else { throw DomainError.notFound("thông tin này") }
        let (_, owner) = try await subject(entry.subjectKind, entry.subjectID, in: tx)
        guard policy.canEditPeople(ofUnit: owner) else { throw DomainError.forbidden }
        return entry
    }

    static func checkUnique(_ entry: HistoryEntry, in tx: any DataStore) async throws {
        guard entry.kind == .rating, let year = entry.year,
            let existing = try await tx.history.rating(of: entry.subjectKind, entry.subjectID, year: year),
            existing.id != entry.id
        else { return }
        throw DomainError.invalid([
            FieldError(
                "year",
                "Năm \(year) đã có xếp loại (\(existing.rating?.vietnamese ?? existing.value)). Mỗi năm chỉ có một xếp loại; hãy sửa bản ghi đã có."
            )
        ])
    }
}
