import Foundation

/// Who launches movements, registers, signs pacts and puts items on the public bulletin.
extension AccessPolicy {
    /// Everyone but council members launches movements, each within their reach.
    public var launchesMovements: Bool { account.role != .councilMember }

    /// Who may create, edit and move a movement of a scope: the admin and leaders for any; a bloc secretary
    /// for their bloc; a unit officer for their unit.
    public func canManageMovement(_ scopeKind: Movement.ScopeKind, _ scopeID: UUID?) -> Bool {
        switch account.role {
        case .admin, .leader: return true
        case .blocSecretary: return scopeKind == .bloc && scopeID != nil && scopeID == account.blocID
        case .unitOfficer: return scopeKind == .unit && scopeID != nil && scopeID == account.unitID
        case .councilMember: return false
        }
    }

    /// The scope a new movement starts with: a secretary's bloc, an officer's unit; nil lets the form choose.
    public var ownMovementScope: (kind: Movement.ScopeKind, id: UUID?)? {
        switch reach {
        case .bloc(let id): return (.bloc, id)
        case .unit(let id): return (.unit, id)
        case .organization: return nil
        }
    }

    /// The admin records any unit's registration; a unit officer registers their own unit.
    public var registersUnits: Bool { account.role == .admin || account.role == .unitOfficer }

    public func canRegister(forUnit unitID: UUID) -> Bool {
        account.role == .admin || (account.role == .unitOfficer && account.unitID == unitID)
    }

    /// Only the admin records a registration after the deadline.
    public var registersAfterTheDeadline: Bool { account.role == .admin }

    /// The admin or the bloc's secretary writes its pact, as they manage its membership.
    public func canEditPact(ofBloc blocID: UUID) -> Bool { canManageMembership(ofBloc: blocID) }

    /// A member unit's officer signs for it; the admin may record a signature on its behalf.
    public func canSignPact(forUnit unitID: UUID) -> Bool { canRegister(forUnit: unitID) }

    /// What a unit officer launches or publishes reaches the public bulletin only after the secretariat
    /// approves it; everyone else who may launch speaks for the organization or the bloc.
    public var publishesWithoutApproval: Bool { account.role != .unitOfficer }

    /// The secretariat approves a unit's items for the bulletin: the admin, or the secretary of a bloc the
    /// unit belongs to (`blocUnitIDs` asked only for a secretary: their bloc's confirmed units).
    public func canApproveBulletin(ofUnit unitID: UUID?, blocUnitIDs: (UUID) async throws -> Set<UUID>)
        async rethrows -> Bool
    {
        switch account.role {
        case .admin: return true
        case .blocSecretary:
            guard let unitID, let bloc = account.blocID else { return false }
            return try await blocUnitIDs(bloc).contains(unitID)
        default: return false
        }
    }
}
