import Foundation

/// Who may do what in a bloc's review, for one account: the rules of `AccessPolicy+Review` with the data they
/// need (the bloc's head unit, its members, the assignment).
struct ReviewAccess: Sendable {
    let store: any DataStore
    let policy: AccessPolicy

    /// The secretary or the admin.
    func runs(bloc: UUID) -> Bool { policy.runsReview(ofBloc: bloc) }

    /// The secretary, the admin, or the officer of the bloc's head unit in that year.
    func chairs(bloc: UUID, year: Int) async throws -> Bool {
        if policy.runsReview(ofBloc: bloc) { return true }
        guard let unit = policy.actingUnit else { return false }
        let head = try await store.blocs.members(of: bloc, year: year).first { $0.membership.role == .head }
        return policy.chairsMeeting(headUnit: head?.unit.id, unit: unit)
    }

    /// Those who run it, leaders, council members and the officers of the bloc's units.
    func reads(bloc: UUID) async throws -> Bool {
        try await policy.readsReview(ofBloc: bloc) { try await store.blocs.unitIDs(inBloc: $0) }
    }

    /// Those who run it, leaders and council members: every unit's scores at any time.
    func readsEverything(bloc: UUID) -> Bool { runs(bloc: bloc) || policy.reviewsCommendations }

    /// An officer sees their own unit's assessment and those they review; after publication, every member's.
    func seesAssessment(of unit: UUID, in review: BlocReview?, bloc: UUID, year: Int) async throws -> Bool {
        if readsEverything(bloc: bloc) { return true }
        let members = Set(try await store.blocs.members(of: bloc, year: year).map(\.unit.id))
        return seesAssessment(of: unit, in: review, bloc: bloc, members: members)
    }

    /// The same rule with the year's members already read (a page that lists them all asks once).
    func seesAssessment(of unit: UUID, in review: BlocReview?, bloc: UUID, members: Set<UUID>) -> Bool {
        if readsEverything(bloc: bloc) { return true }
        guard let mine = policy.actingUnit else { return false }
        if mine == unit || review?.reviewers(of: unit).contains(mine) == true { return true }
        return review?.publishedOn != nil && members.contains(mine)
    }
}
