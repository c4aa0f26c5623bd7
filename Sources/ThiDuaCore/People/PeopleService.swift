import Foundation

/// A person with their unit and assignment history, for the detail screen.
public struct PersonDetail: Sendable {
    public var person: Person
    public var unit: OrgUnit
    public var assignments: [PersonAssignment]
    public var canEdit: Bool
    public var canMove: Bool
}

/// Use cases for people. A record outside the account's scope is reported as not found,
/// so that its existence is not revealed either.
public struct PeopleService: Sendable {
    public let store: any DataStore
    public let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.policy = AccessPolicy(account: account)
    }

    public func scope() async throws -> UnitScope {
        try await policy.unitScope { bloc in try await store.blocs.unitIDs(inBloc: bloc) }
    }

    public func list(_ query: ListQuery, unitID: UUID? = nil, status: Person.Status? = nil) async throws -> ListPage<
        PersonRow
    > {
        try await store.people.list(
            PeopleFilter(query: query, unitID: unitID, status: status, scope: try await scope()))
    }

    public func detail(_ id: UUID) async throws -> PersonDetail {
        let person = try await visiblePerson(id)
        guard let unit = try await store.units.find(person.unitID) else { throw DomainError.notFound("đơn vị") }
        return PersonDetail(
            person: person, unit: unit,
            assignments: try await store.people.assignments(of: id),
            canEdit: policy.canEditPeople(ofUnit: person.unitID),
            canMove: policy.canMovePeople)
    }

    public func create(_ draft: PersonDraft, since: LocalDate = .today()) async throws -> Person {
        let person = try draft.validated(unitID: policy.actingUnit)
        guard policy.canEditPeople(ofUnit: person.unitID) else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard let unit = try await tx.units.find(person.unitID) else {
                throw DomainError.invalid([FieldError("unitID", "Không tìm thấy đơn vị đã chọn.")])
            }
            if unit.activeTo != nil {
                throw DomainError.invalid([
                    FieldError("unitID", "Đơn vị “\(unit.name)” đã ngừng hoạt động, không thể thêm người.")
                ])
            }
            try await tx.people.insert(person, since: since)
            return person
        }
    }

    /// Edits name, gender, category, birth year, position and status. The unit changes only by `move`.
    public func update(_ id: UUID, version: Int, _ draft: PersonDraft) async throws -> Person {
        try await store.transaction { tx in
            let current = try await Self.visible(id, in: tx, scope: try await scope())
            guard policy.canEditPeople(ofUnit: current.unitID) else { throw DomainError.forbidden }
            var draft = draft
            draft.unitID = current.unitID
            // A client written before categories existed leaves the field out: it keeps the stored one.
            if draft.category.isEmpty { draft.category = current.category.rawValue }
            let person = try draft.validated(id: id, version: version)
            return try await tx.people.update(person)
        }
    }

    /// Takes a person off the working roll (retired or moved away); the record and history stay.
    public func deactivate(_ id: UUID, version: Int, status: Person.Status) async throws -> Person {
        guard status != .working else {
            throw DomainError.invalid([FieldError("status", "Hãy chọn “Đã nghỉ hưu” hoặc “Đã chuyển công tác”.")])
        }
        return try await store.transaction { tx in
            var person = try await Self.visible(id, in: tx, scope: try await scope())
            guard policy.canEditPeople(ofUnit: person.unitID) else { throw DomainError.forbidden }
            guard person.status == .working else {
                throw DomainError.conflict("Người này đã ở trạng thái “\(person.status.vietnamese)”.")
            }
            person.status = status
            person.version = version
            return try await tx.people.update(person)
        }
    }

    public func move(_ id: UUID, version: Int, _ move: PersonMove) async throws -> Person {
        guard policy.canMovePeople else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            var person = try await Self.visible(id, in: tx, scope: .all)
            guard move.toUnitID != person.unitID else {
                throw DomainError.invalid([FieldError("toUnitID", "Hãy chọn một đơn vị khác đơn vị hiện tại.")])
            }
            guard let unit = try await tx.units.find(move.toUnitID), unit.activeTo == nil else {
                throw DomainError.invalid([
                    FieldError("toUnitID", "Đơn vị chuyển đến không tồn tại hoặc đã ngừng hoạt động.")
                ])
            }
            if let open = try await tx.people.assignments(of: id).last, move.on <= open.from {
                throw DomainError.invalid([
                    FieldError("on", "Ngày chuyển phải sau ngày bắt đầu vị trí hiện tại (\(open.from.vietnamese)).")
                ])
            }
            person.version = version
            return try await tx.people.move(person, move)
        }
    }

    private func visiblePerson(_ id: UUID) async throws -> Person {
        try await Self.visible(id, in: store, scope: try await scope())
    }

    private static func visible(_ id: UUID, in store: any DataStore, scope: UnitScope) async throws -> Person {
        guard let person = try await store.people.find(id), scope.contains(person.unitID) else {
            throw DomainError.notFound("người này")
        }
        return person
    }
}
