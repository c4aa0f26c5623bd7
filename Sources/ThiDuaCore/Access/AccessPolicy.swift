import Foundation

/// Which units' records an account may see: people, histories, registrations, the change log.
/// Units and blocs themselves are shared with every account.
public enum UnitScope: Sendable, Equatable {
    case all
    case units(Set<UUID>)

    public func contains(_ unitID: UUID) -> Bool {
        switch self {
        case .all: return true
        case .units(let ids): return ids.contains(unitID)
        }
    }
}

/// Where an account acts: for its unit (a unit officer), for its bloc (a bloc secretary), or across the
/// organization (the admin, leaders and council members).
public enum Reach: Sendable, Equatable {
    case unit(UUID?)
    case bloc(UUID?)
    case organization
}

/// Every authorization rule of thidua. Nothing else compares roles (a test fails if anything does): services
/// ask the policy and return capabilities (`PersonDetail.canEdit`), controllers and views read those. The rules
/// of a feature live in an extension of their own (`AccessPolicy+Movements.swift`, …).
public struct AccessPolicy: Sendable {
    public let account: Account

    public init(account: Account) {
        self.account = account
    }

    public var reach: Reach {
        switch account.role {
        case .unitOfficer: return .unit(account.unitID)
        case .blocSecretary: return .bloc(account.blocID)
        case .admin, .councilMember, .leader: return .organization
        }
    }

    /// The unit a unit officer acts for; nil for every other account.
    public var actingUnit: UUID? {
        if case .unit(let id) = reach { return id }
        return nil
    }

    public var canManageOrganization: Bool { account.role == .admin }
    public var canManageAccounts: Bool { account.role == .admin }

    /// Admin, and the secretary of that bloc, edit its yearly membership and rotation.
    public func canManageMembership(ofBloc blocID: UUID) -> Bool {
        account.role == .admin || (account.role == .blocSecretary && account.blocID == blocID)
    }

    /// `blocUnitIDs` is asked only for a bloc secretary: the units ever in their bloc.
    public func unitScope(blocUnitIDs: (UUID) async throws -> Set<UUID>) async rethrows -> UnitScope {
        switch reach {
        case .organization:
            return .all
        case .bloc(let bloc):
            guard let bloc else { return .units([]) }
            return .units(try await blocUnitIDs(bloc))
        case .unit(let unit):
            return .units(unit.map { [$0] } ?? [])
        }
    }

    /// The year-end review and the commendation dossiers: the council, leaders and the admin.
    public var reviewsCommendations: Bool { [.councilMember, .leader, .admin].contains(account.role) }
}
