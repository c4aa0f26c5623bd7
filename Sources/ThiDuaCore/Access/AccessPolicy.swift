import Foundation

/// Which people an account may see. Units and blocs themselves are shared with every account.
public enum PeopleScope: Sendable, Equatable {
    case all
    case units(Set<UUID>)

    public func contains(_ unitID: UUID) -> Bool {
        switch self {
        case .all: return true
        case .units(let ids): return ids.contains(unitID)
        }
    }
}

/// The authorization rules in one place, so that screens and the API cannot drift apart.
public struct AccessPolicy: Sendable {
    public let account: Account

    public init(account: Account) {
        self.account = account
    }

    public var canManageOrganization: Bool { account.role == .admin }
    public var canManageAccounts: Bool { account.role == .admin }

    /// Admin, and the secretary of that bloc, edit its yearly membership and rotation.
    public func canManageMembership(ofBloc blocID: UUID) -> Bool {
        account.role == .admin || (account.role == .blocSecretary && account.blocID == blocID)
    }

    /// `blocUnitIDs` is asked only for a bloc secretary: the units ever in their bloc.
    public func peopleScope(blocUnitIDs: (UUID) async throws -> Set<UUID>) async rethrows -> PeopleScope {
        switch account.role {
        case .admin, .councilMember, .leader:
            return .all
        case .blocSecretary:
            guard let bloc = account.blocID else { return .units([]) }
            return .units(try await blocUnitIDs(bloc))
        case .unitOfficer:
            return .units(account.unitID.map { [$0] } ?? [])
        }
    }

    /// Only the admin and the unit's own officer change a unit's people.
    public func canEditPeople(ofUnit unitID: UUID) -> Bool {
        switch account.role {
        case .admin: return true
        case .unitOfficer: return account.unitID == unitID
        default: return false
        }
    }

    /// What a unit officer launches or publishes reaches the public bulletin only after the secretariat
    /// approves it; everyone else who may launch speaks for the organization or the bloc.
    public var publishesWithoutApproval: Bool { account.role != .unitOfficer }

    /// The secretariat approves a unit's items for the bulletin: the admin, or the secretary of a bloc the
    /// unit belongs to (`blocUnitIDs` asked only for a secretary: their bloc's confirmed units).
    public func canApproveBulletin(ofUnit unitID: UUID?, blocUnitIDs: (UUID) async throws -> Set<UUID>) async rethrows
        -> Bool
    {
        switch account.role {
        case .admin: return true
        case .blocSecretary:
            guard let unitID, let bloc = account.blocID else { return false }
            return try await blocUnitIDs(bloc).contains(unitID)
        default: return false
        }
    }

    /// A move crosses units, so only the admin does it.
    public var canMovePeople: Bool { account.role == .admin }
}
