import Foundation

extension AccessPolicy {
    /// The admin or the bloc's secretary runs its year-end review: the criteria, the cross-scoring, the meeting.
    public func runsReview(ofBloc blocID: UUID) -> Bool { canManageMembership(ofBloc: blocID) }
}
