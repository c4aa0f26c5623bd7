import Foundation

/// One reviewer unit's cross-scoring (chấm chéo) of one unit: a score and a remark per criterion.
public struct PeerReview: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var blocID: UUID
    public var year: Int
    public var reviewerID: UUID
    public var unitID: UUID
    /// Criterion code → hundredths of a point.
    public var scores: [String: Int]
    public var remarks: [String: String]
    public var version: Int

    public init(
        id: UUID = UUID(), blocID: UUID, year: Int, reviewerID: UUID, unitID: UUID, scores: [String: Int] = [:],
        remarks: [String: String] = [:], version: Int = 1
    ) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.reviewerID = reviewerID
        self.unitID = unitID
        self.scores = scores
        self.remarks = remarks
        self.version = version
    }
}

public protocol PeerReviewRepository: Sendable {
    func find(bloc: UUID, year: Int, reviewer: UUID, unit: UUID) async throws -> PeerReview?
    func list(bloc: UUID, year: Int) async throws -> [PeerReview]
    func insert(_ review: PeerReview) async throws
    func update(_ review: PeerReview) async throws -> PeerReview
}
