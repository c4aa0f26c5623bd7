import Foundation

/// The parts of the review report that the secretary writes: everything else comes from the data.
public struct ReviewNarrative: Hashable, Sendable, Codable {
    /// I.1 Đặc điểm tình hình.
    public var situation: String
    /// I.2 Công tác chỉ đạo, tuyên truyền (before the list of movements, which is data).
    public var direction: String
    /// I.5 Đánh giá chung: ưu điểm, hạn chế, nguyên nhân, bài học.
    public var assessment: String
    /// II. Phương hướng, nhiệm vụ năm sau (before next year's movement, which is data).
    public var nextYear: String
    /// III. Kiến nghị, đề xuất.
    public var proposals: String

    public init(
        situation: String = "", direction: String = "", assessment: String = "", nextYear: String = "",
        proposals: String = ""
    ) {
        self.situation = situation
        self.direction = direction
        self.assessment = assessment
        self.nextYear = nextYear
        self.proposals = proposals
    }

    public static let maxLength = 20_000

    public func validated() throws -> ReviewNarrative {
        let parts = [situation, direction, assessment, nextYear, proposals].map(VietnameseText.paragraphs)
        if parts.contains(where: { $0.count > Self.maxLength }) {
            throw DomainError.invalid([FieldError("narrative", "Mỗi phần của báo cáo dài tối đa 20.000 ký tự.")])
        }
        return ReviewNarrative(
            situation: parts[0], direction: parts[1], assessment: parts[2], nextYear: parts[3], proposals: parts[4])
    }
}

extension ReviewService {
    /// The secretary saves the report's written parts; allowed after publication too (the report follows the meeting).
    public func saveNarrative(bloc: UUID, year: Int, _ narrative: ReviewNarrative, version: Int) async throws
        -> BlocReview
    {
        guard access.runs(bloc: bloc) else { throw DomainError.forbidden }
        let narrative = try narrative.validated()
        return try await inTransaction { s in
            var review = try await Self.current(s.store, bloc: bloc, year: year)
            guard review.version == version else { throw DomainError.staleVersion("Cuộc tổng kết của khối") }
            review.narrative = narrative
            if version == 0 {
                review.version = 1
                try await s.store.blocReviews.insert(review)
                return review
            }
            return try await s.store.blocReviews.update(review)
        }
    }
}
