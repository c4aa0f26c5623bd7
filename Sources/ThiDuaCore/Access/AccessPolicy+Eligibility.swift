import Foundation

/// Which scopes an account sweeps for eligibility.
extension AccessPolicy {
    /// The scope a sweep starts with: an officer's unit, a secretary's bloc; nil for the organization.
    public var ownSweepScope: SweepScope? {
        switch reach {
        case .unit(let id): return id.map { .unit($0) }
        case .bloc(let id): return id.map { .bloc($0) }
        case .organization: return nil
        }
    }

    /// A unit officer sweeps their unit only; a secretary their bloc; everyone else any bloc.
    public func canSweep(bloc blocID: UUID) -> Bool {
        switch reach {
        case .unit: return false
        case .bloc(let own): return own == blocID
        case .organization: return true
        }
    }
}
