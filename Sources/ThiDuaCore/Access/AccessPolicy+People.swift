import Foundation

/// Who changes people and their histories.
extension AccessPolicy {
    /// Only the admin and the unit's own officer change a unit's people.
    public func canEditPeople(ofUnit unitID: UUID) -> Bool {
        switch account.role {
        case .admin: return true
        case .unitOfficer: return account.unitID == unitID
        default: return false
        }
    }

    /// The admin adds people to any unit, a unit officer to their own.
    public var canCreatePeople: Bool { account.role == .admin || account.role == .unitOfficer }

    /// Whether the account picks the unit of a person it adds (the admin); an officer's go to their unit.
    public var choosesUnitOfNewPeople: Bool { canCreatePeople && actingUnit == nil }

    /// A move crosses units, so only the admin does it.
    public var canMovePeople: Bool { account.role == .admin }

    /// What the account may import: the admin everything, a unit officer everything of their own unit.
    public var importKinds: [ImportKind] {
        switch account.role {
        case .admin: return ImportKind.allCases
        case .unitOfficer: return ImportKind.allCases.filter { $0 != .units }
        default: return []
        }
    }

    /// The units whose records an import may touch.
    public var importScope: UnitScope {
        if case .unit(let unit) = reach { return .units(unit.map { [$0] } ?? []) }
        return .all
    }
}
