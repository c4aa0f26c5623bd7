import Foundation

/// The bloc's rules for one year's scoring: the deadline, how a final score is reached, when the secretary must
/// decide, the bands of the ranking, and how many units cross-score each unit.
public struct ReviewSettings: Hashable, Sendable, Codable {
    /// Self-assessments submitted after this day are marked late.
    public var deadline: LocalDate?
    public var method: FinalScoreMethod
    /// In hundredths of a point: a larger gap between the reviewers' mean and the self-score needs a decision.
    public var margin: Int
    public var bands: [ClassificationBand]
    public var reviewersPerUnit: Int

    public init(
        deadline: LocalDate? = nil, method: FinalScoreMethod = .mean, margin: Int = 100,
        bands: [ClassificationBand] = ClassificationBand.defaults, reviewersPerUnit: Int = 2
    ) {
        self.deadline = deadline
        self.method = method
        self.margin = margin
        self.bands = bands
        self.reviewersPerUnit = reviewersPerUnit
    }

    public static let maxReviewersPerUnit = 10

    public func validated() throws -> ReviewSettings {
        var errors: [FieldError] = []
        if !(0...CriteriaSet.maxPoints).contains(margin) {
            errors.append(FieldError("margin", "Mức chênh lệch phải từ 0 đến 10.000 điểm."))
        }
        if !(1...Self.maxReviewersPerUnit).contains(reviewersPerUnit) {
            errors.append(
                FieldError("reviewersPerUnit", "Mỗi đơn vị được 1 đến \(Self.maxReviewersPerUnit) đơn vị chấm chéo."))
        }
        if bands.isEmpty || bands.count > 10 {
            errors.append(FieldError("bands", "Cần từ 1 đến 10 mức xếp loại."))
        }
        for b in bands {
            if !(0...100).contains(b.minPercent) {
                errors.append(FieldError("bands", "Mức “\(b.label)”: tỷ lệ phải từ 0 đến 100%."))
            }
            if b.label.isEmpty || b.label.count > 100 {
                errors.append(FieldError("bands", "Tên mức xếp loại phải có từ 1 đến 100 ký tự."))
            }
        }
        if Set(bands.map(\.minPercent)).count != bands.count {
            errors.append(FieldError("bands", "Hai mức xếp loại không được có cùng tỷ lệ."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }
}
