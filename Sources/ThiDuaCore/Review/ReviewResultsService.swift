import Foundation

/// The final table of a bloc's review: each unit's self-score, reviewers' scores and final score per criterion,
/// with reasons; the ranking; and what each final-score method would give, side by side.
public struct ReviewResults: Sendable, Hashable {
    public struct UnitResult: Sendable, Hashable {
        public var unit: OrgUnit
        public var assessment: UnitAssessment?
        public var criteria: [CriterionResult]
        /// Method → (total, rank) had the bloc chosen it.
        public var byMethod: [FinalScoreMethod: MethodOutcome]
    }

    public struct MethodOutcome: Sendable, Hashable {
        public var total: Int
        public var rank: Int
    }

    public var bloc: Bloc
    public var year: Int
    public var criteria: ReviewCriteria
    public var review: BlocReview
    public var rows: [ReviewRanking.Row]
    public var units: [UnitResult]
    /// Reviewer unit id → name, for the columns of reviewers' scores.
    public var names: [UUID: String]

    public func unit(_ id: UUID) -> UnitResult? { units.first { $0.unit.id == id } }
}

public struct ReviewResultsService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    var access: ReviewAccess { ReviewAccess(store: store, policy: AccessPolicy(account: account)) }

    /// Those who run the review, leaders, council members and the chair at any time; the bloc's members once
    /// published.
    public func results(bloc: UUID, year: Int) async throws -> ReviewResults {
        guard let b = try await store.blocs.find(bloc) else { throw DomainError.notFound("khối thi đua") }
        let review = try await ReviewService.current(store, bloc: bloc, year: year)
        var allowed = access.readsEverything(bloc: bloc)
        if !allowed { allowed = try await access.chairs(bloc: bloc, year: year) }
        if !allowed, review.publishedOn != nil { allowed = try await access.reads(bloc: bloc) }
        guard allowed else { throw DomainError.forbidden }
        guard let criteria = try await store.reviewCriteria.find(bloc: bloc, year: year) else {
            throw DomainError.notFound("bảng tiêu chí chấm điểm năm \(year)")
        }
        let members = try await store.blocs.members(of: bloc, year: year).filter(\.membership.confirmed).map(\.unit)
        let assessments = Dictionary(
            try await store.assessments.list(bloc: bloc, year: year).map { ($0.unitID, $0) },
            uniquingKeysWith: { a, _ in a })
        var reviewers: [UUID: [UUID: [String: Int]]] = [:]
        for p in try await store.peerReviews.list(bloc: bloc, year: year)
        where review.reviewers(of: p.unitID).contains(p.reviewerID) {
            reviewers[p.unitID, default: [:]][p.reviewerID] = p.scores
        }
        let scores = members.map { u in
            // Only a submitted assessment counts as the unit's own score.
            let own = assessments[u.id].flatMap { $0.status == .submitted ? $0.scores : nil } ?? [:]
            return UnitScores(unit: u.id, selfScores: own, reviewers: reviewers[u.id] ?? [:])
        }
        let names = Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let settings = review.settings
        let scoring = CrossScoring(table: criteria.set, method: settings.method, margin: settings.margin)
        let results = scoring.results(scores, decisions: review.decisionTable)
        let rows = ReviewRanking.rank(table: criteria.set, results: results, names: names, bands: settings.bands)
        // What each method would give, with the same decisions standing.
        var outcomes: [UUID: [FinalScoreMethod: ReviewResults.MethodOutcome]] = [:]
        for method in FinalScoreMethod.allCases where method != .secretary {
            let other = CrossScoring(table: criteria.set, method: method, margin: settings.margin)
                .results(scores, decisions: review.decisionTable)
            for row in ReviewRanking.rank(table: criteria.set, results: other, names: names, bands: settings.bands) {
                outcomes[row.unit, default: [:]][method] = ReviewResults.MethodOutcome(total: row.total, rank: row.rank)
            }
        }
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ReviewResults(
            bloc: b, year: year, criteria: criteria, review: review, rows: rows,
            units: rows.compactMap { row in
                byID[row.unit].map {
                    ReviewResults.UnitResult(
                        unit: $0, assessment: assessments[row.unit], criteria: results[row.unit] ?? [],
                        byMethod: outcomes[row.unit] ?? [:])
                }
            }, names: names)
    }
}
