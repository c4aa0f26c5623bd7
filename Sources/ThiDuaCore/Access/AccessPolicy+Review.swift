import Foundation

extension AccessPolicy {
    /// The admin or the bloc's secretary runs its year-end review: the criteria, the cross-scoring, the meeting.
    public func runsReview(ofBloc blocID: UUID) -> Bool { canManageMembership(ofBloc: blocID) }

    /// The officer of the bloc's head unit chairs the meeting and its ballots, beside the secretary.
    public func chairsMeeting(headUnit: UUID?, unit: UUID) -> Bool {
        account.role == .unitOfficer && headUnit != nil && headUnit == unit
    }

    /// The bloc's review is read by those who run it, its member units' officers, leaders and council members.
    public func readsReview(ofBloc blocID: UUID, blocUnitIDs: (UUID) async throws -> Set<UUID>) async rethrows
        -> Bool
    {
        if runsReview(ofBloc: blocID) || reviewsCommendations { return true }
        guard let unit = actingUnit else { return false }
        return try await blocUnitIDs(blocID).contains(unit)
    }
}
