import Foundation

/// A bloc's review for one year as one account sees it: where each unit stands, the ballots, and what the account
/// may do. Statuses are shown to every reader; scores only on the pages the account may open.
public struct ReviewOverview: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var unit: OrgUnit
        public var role: BlocMembership.Role
        public var status: UnitAssessment.Status?
        public var late: Bool
        public var reviewers: [UUID]
        /// The account may open this unit's assessment.
        public var canOpen: Bool
        /// The account's unit scores this one.
        public var reviewedByMe: Bool
    }

    public var bloc: Bloc
    public var year: Int
    public var criteria: ReviewCriteria?
    public var review: BlocReview
    public var members: [Member]
    public var ballots: [Ballot]
    public var canRun: Bool
    public var canChair: Bool
    public var canSeeResults: Bool

    public func name(_ unit: UUID) -> String { members.first { $0.unit.id == unit }?.unit.name ?? "" }
}

extension ReviewService {
    public func overview(bloc: UUID, year: Int) async throws -> ReviewOverview {
        guard let b = try await store.blocs.find(bloc) else { throw DomainError.notFound("khối thi đua") }
        guard try await access.reads(bloc: bloc) else { throw DomainError.forbidden }
        let review = try await Self.current(store, bloc: bloc, year: year)
        let assessments = Dictionary(
            try await store.assessments.list(bloc: bloc, year: year).map { ($0.unitID, $0) },
            uniquingKeysWith: { a, _ in a })
        let mine = AccessPolicy(account: account).actingUnit
        let roster = try await store.blocs.members(of: bloc, year: year)
        let memberIDs = Set(roster.map(\.unit.id))
        var members: [ReviewOverview.Member] = []
        for m in roster where m.membership.confirmed {
            let a = assessments[m.unit.id]
            members.append(
                ReviewOverview.Member(
                    unit: m.unit, role: m.membership.role, status: a?.status, late: a?.late ?? false,
                    reviewers: review.reviewers(of: m.unit.id),
                    canOpen: access.seesAssessment(of: m.unit.id, in: review, bloc: bloc, members: memberIDs),
                    reviewedByMe: mine.map { review.reviewers(of: m.unit.id).contains($0) } ?? false))
        }
        members.sort { $0.unit.code < $1.unit.code }
        let chairs = try await access.chairs(bloc: bloc, year: year)
        return ReviewOverview(
            bloc: b, year: year, criteria: try await store.reviewCriteria.find(bloc: bloc, year: year),
            review: review, members: members, ballots: try await store.ballots.list(bloc: bloc, year: year),
            canRun: access.runs(bloc: bloc), canChair: chairs,
            canSeeResults: access.readsEverything(bloc: bloc) || chairs || review.publishedOn != nil)
    }
}
