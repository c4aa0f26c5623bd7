import Foundation

/// Use cases for units, blocs and yearly membership, with the access rules applied.
public struct OrganizationService: Sendable {
    public let store: any DataStore
    public let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.policy = AccessPolicy(account: account)
    }

    // MARK: units

    public func units(_ query: ListQuery, includeInactive: Bool = true) async throws -> ListPage<OrgUnit> {
        try await store.units.list(query, includeInactive: includeInactive)
    }

    public func unit(_ id: UUID) async throws -> OrgUnit {
        guard let unit = try await store.units.find(id) else { throw DomainError.notFound("đơn vị") }
        return unit
    }

    public func createUnit(_ draft: OrgUnitDraft) async throws -> OrgUnit {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        let unit = try draft.validated()
        return try await store.transaction { tx in
            try await Self.checkUnit(unit, in: tx)
            try await tx.units.insert(unit)
            return unit
        }
    }

    public func updateUnit(_ id: UUID, version: Int, _ draft: OrgUnitDraft) async throws -> OrgUnit {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard let current = try await tx.units.find(id) else { throw DomainError.notFound("đơn vị") }
            var unit = try draft.validated(id: id, version: version)
            unit.activeTo = current.activeTo
            try await Self.checkUnit(unit, in: tx)
            return try await tx.units.update(unit)
        }
    }

    /// Ends the unit's active period; its people and history stay.
    public func deactivateUnit(_ id: UUID, version: Int, on day: LocalDate) async throws -> OrgUnit {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard var unit = try await tx.units.find(id) else { throw DomainError.notFound("đơn vị") }
            guard unit.activeTo == nil else {
                throw DomainError.conflict("Đơn vị này đã ngừng hoạt động từ \(unit.activeTo!.vietnamese).")
            }
            if let from = unit.activeFrom, day < from {
                throw DomainError.invalid([
                    FieldError("activeTo", "Ngày ngừng hoạt động phải sau ngày bắt đầu (\(from.vietnamese)).")
                ])
            }
            unit.version = version
            unit.activeTo = day
            return try await tx.units.update(unit)
        }
    }

    private static func checkUnit(_ unit: OrgUnit, in tx: any DataStore) async throws {
        if let other = try await tx.units.find(code: unit.code), other.id != unit.id {
            throw DomainError.invalid([FieldError("code", "Mã đơn vị \(unit.code) đã được dùng cho “\(other.name)”.")])
        }
        // Walk up the parents: a unit may not end up under itself.
        var parent = unit.parentID
        var seen: Set<UUID> = [unit.id]
        while let p = parent {
            guard !seen.contains(p) else {
                throw DomainError.invalid([
                    FieldError("parentID", "Đơn vị cấp trên tạo thành vòng lặp. Hãy chọn đơn vị khác.")
                ])
            }
            seen.insert(p)
            guard let up = try await tx.units.find(p) else {
                throw DomainError.invalid([FieldError("parentID", "Không tìm thấy đơn vị cấp trên đã chọn.")])
            }
            parent = up.parentID
        }
    }

    // MARK: blocs

    public func blocs(_ query: ListQuery) async throws -> ListPage<Bloc> {
        try await store.blocs.list(query)
    }

    public func bloc(_ id: UUID) async throws -> Bloc {
        guard let bloc = try await store.blocs.find(id) else { throw DomainError.notFound("khối thi đua") }
        return bloc
    }

    public func createBloc(_ draft: BlocDraft) async throws -> Bloc {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        let bloc = try draft.validated()
        return try await store.transaction { tx in
            if try await tx.blocs.find(code: bloc.code) != nil {
                throw DomainError.invalid([FieldError("code", "Mã khối \(bloc.code) đã được dùng.")])
            }
            try await tx.blocs.insert(bloc)
            return bloc
        }
    }

    public func updateBloc(_ id: UUID, version: Int, _ draft: BlocDraft) async throws -> Bloc {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard let current = try await tx.blocs.find(id) else { throw DomainError.notFound("khối thi đua") }
            var bloc = try draft.validated(id: id, version: version)
            bloc.activeTo = current.activeTo
            if let other = try await tx.blocs.find(code: bloc.code), other.id != id {
                throw DomainError.invalid([FieldError("code", "Mã khối \(bloc.code) đã được dùng.")])
            }
            return try await tx.blocs.update(bloc)
        }
    }

    public func deactivateBloc(_ id: UUID, version: Int, on day: LocalDate) async throws -> Bloc {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard var bloc = try await tx.blocs.find(id) else { throw DomainError.notFound("khối thi đua") }
            guard bloc.activeTo == nil else {
                throw DomainError.conflict("Khối này đã giải thể từ \(bloc.activeTo!.vietnamese).")
            }
            bloc.version = version
            bloc.activeTo = day
            return try await tx.blocs.update(bloc)
        }
    }

    public func members(of blocID: UUID, year: Int?) async throws -> [BlocMember] {
        _ = try await bloc(blocID)
        return try await store.blocs.members(of: blocID, year: year)
    }

    public func years(of blocID: UUID) async throws -> [Int] {
        try await store.blocs.years(of: blocID)
    }

    /// Adds a unit to a bloc for a year, or changes its role. A new head or deputy replaces the old one,
    /// who stays a member: that is the yearly rotation.
    public func setMembership(bloc blocID: UUID, unit unitID: UUID, year: Int, role: BlocMembership.Role) async throws
        -> BlocMembership
    {
        guard policy.canManageMembership(ofBloc: blocID) else { throw DomainError.forbidden }
        try BlocMembership.validateYear(year)
        return try await store.transaction { tx in
            guard let bloc = try await tx.blocs.find(blocID) else { throw DomainError.notFound("khối thi đua") }
            guard bloc.activeTo == nil || bloc.activeTo!.year >= year else {
                throw DomainError.conflict(
                    "Khối đã giải thể năm \(bloc.activeTo!.year), không thể thêm thành viên cho năm \(year).")
            }
            guard let unit = try await tx.units.find(unitID) else {
                throw DomainError.invalid([FieldError("unitID", "Không tìm thấy đơn vị đã chọn.")])
            }
            if let to = unit.activeTo, to.year < year {
                throw DomainError.invalid([
                    FieldError("unitID", "Đơn vị “\(unit.name)” đã ngừng hoạt động từ \(to.vietnamese).")
                ])
            }
            if role != .member {
                for other in try await tx.blocs.members(of: blocID, year: year)
                where other.membership.role == role && other.unit.id != unitID {
                    var demoted = other.membership
                    demoted.role = .member
                    try await tx.blocs.save(demoted)
                }
            }
            var membership: BlocMembership
            if let existing = try await tx.blocs.membership(bloc: blocID, unit: unitID, year: year) {
                membership = existing
            } else {
                // A secretary may not widen their own scope: a unit new to the bloc waits for the admin.
                let known = try await tx.blocs.unitIDs(inBloc: blocID).contains(unitID)
                membership = BlocMembership(
                    blocID: blocID, unitID: unitID, year: year, confirmed: policy.canManageOrganization || known)
            }
            membership.role = role
            try await tx.blocs.save(membership)
            return membership
        }
    }

    /// What waits for the admin: memberships added by secretaries, with their bloc and unit names.
    public func pendingMemberships(limit: Int = 20) async throws -> [(
        bloc: Bloc, unit: OrgUnit, membership: BlocMembership
    )] {
        guard policy.canManageOrganization else { return [] }
        var rows: [(bloc: Bloc, unit: OrgUnit, membership: BlocMembership)] = []
        for m in try await store.blocs.pendingMemberships(limit: limit) {
            guard let bloc = try await store.blocs.find(m.blocID), let unit = try await store.units.find(m.unitID)
            else { continue }
            rows.append((bloc, unit, m))
        }
        return rows
    }

    /// The admin confirms a unit that a bloc secretary added; only then does it enter the secretary's scope.
    public func confirmMembership(_ id: UUID) async throws -> BlocMembership {
        guard policy.canManageOrganization else { throw DomainError.forbidden }
        return try await store.transaction { tx in
            guard var m = try await tx.blocs.membership(id) else { throw DomainError.notFound("thành viên khối") }
            guard !m.confirmed else { return m }
            m.confirmed = true
            try await tx.blocs.save(m)
            return m
        }
    }

    public func removeMembership(_ id: UUID) async throws {
        guard let m = try await store.blocs.membership(id) else { throw DomainError.notFound("thành viên khối") }
        guard policy.canManageMembership(ofBloc: m.blocID) else { throw DomainError.forbidden }
        try await store.transaction { tx in try await tx.blocs.deleteMembership(id) }
    }

    /// Copies last year's members (with their roles) into a new year that has none yet.
    public func copyMembership(bloc blocID: UUID, from: Int, to: Int) async throws -> Int {
        guard policy.canManageMembership(ofBloc: blocID) else { throw DomainError.forbidden }
        try BlocMembership.validateYear(to)
        return try await store.transaction { tx in
            guard try await tx.blocs.members(of: blocID, year: to).isEmpty else {
                throw DomainError.conflict("Năm \(to) đã có thành viên. Hãy sửa từng đơn vị thay vì sao chép.")
            }
            let previous = try await tx.blocs.members(of: blocID, year: from)
            guard !previous.isEmpty else { throw DomainError.conflict("Năm \(from) chưa có thành viên để sao chép.") }
            for m in previous where m.unit.activeTo == nil || m.unit.activeTo!.year >= to {
                try await tx.blocs.save(
                    BlocMembership(
                        blocID: blocID, unitID: m.unit.id, year: to, role: m.membership.role,
                        confirmed: m.membership.confirmed || policy.canManageOrganization))
            }
            return try await tx.blocs.members(of: blocID, year: to).count
        }
    }

    public func blocMemberships(ofUnit unitID: UUID) async throws -> [(Bloc, BlocMembership)] {
        try await store.blocs.memberships(ofUnit: unitID)
    }
}
