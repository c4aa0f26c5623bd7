import Foundation

/// A bloc's year-end review as the secretary runs it: the rules of the scoring, who cross-scores whom, the
/// secretary's decisions, and when the results were published. One per bloc and year.
public struct BlocReview: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var blocID: UUID
    public var year: Int
    public var settings: ReviewSettings
    /// Reviewed unit → its reviewers, in the order given.
    public var assignments: [ReviewAssignment]
    public var decisions: [UnitDecision]
    /// From this day the ranking is public (the bulletin) and every member sees the final table.
    public var publishedOn: LocalDate?
    /// The review meeting, once recorded.
    public var meeting: ReviewMeeting?
    /// The report's written parts.
    public var narrative: ReviewNarrative?
    public var version: Int

    public init(
        id: UUID = UUID(), blocID: UUID, year: Int, settings: ReviewSettings = ReviewSettings(),
        assignments: [ReviewAssignment] = [], decisions: [UnitDecision] = [], publishedOn: LocalDate? = nil,
        meeting: ReviewMeeting? = nil, version: Int = 1
    ) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.settings = settings
        self.assignments = assignments
        self.decisions = decisions
        self.publishedOn = publishedOn
        self.meeting = meeting
        self.version = version
    }

    public func reviewers(of unit: UUID) -> [UUID] { assignments.first { $0.unit == unit }?.reviewers ?? [] }

    /// The units `reviewer` was assigned to score.
    public func assigned(to reviewer: UUID) -> [UUID] {
        assignments.filter { $0.reviewers.contains(reviewer) }.map(\.unit)
    }

    /// Unit → criterion code → decision, as `CrossScoring` reads it.
    public var decisionTable: [UUID: [String: ScoreDecision]] {
        var out: [UUID: [String: ScoreDecision]] = [:]
        for d in decisions { out[d.unit, default: [:]][d.code] = ScoreDecision(points: d.points, reason: d.reason) }
        return out
    }
}

/// Who scores one unit.
public struct ReviewAssignment: Hashable, Sendable, Codable {
    public var unit: UUID
    public var reviewers: [UUID]

    public init(unit: UUID, reviewers: [UUID]) {
        self.unit = unit
        self.reviewers = reviewers
    }
}

/// The secretary's final score for one criterion of one unit, with the reason written on the final table.
public struct UnitDecision: Hashable, Sendable, Codable {
    public var unit: UUID
    public var code: String
    public var points: Int
    public var reason: String
    public var account: String
    public var on: LocalDate

    public init(unit: UUID, code: String, points: Int, reason: String, account: String, on: LocalDate) {
        self.unit = unit
        self.code = code
        self.points = points
        self.reason = reason
        self.account = account
        self.on = on
    }
}

public protocol BlocReviewRepository: Sendable {
    func find(bloc: UUID, year: Int) async throws -> BlocReview?
    func insert(_ review: BlocReview) async throws
    /// Saves when `review.version` is the stored one; returns it with the new version.
    func update(_ review: BlocReview) async throws -> BlocReview
    /// Published reviews, newest first: the bulletin's source.
    func published(limit: Int) async throws -> [BlocReview]
}
