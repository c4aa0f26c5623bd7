/// How a criterion's final score comes from the cross-scoring (a bloc setting).
public enum FinalScoreMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The reviewers' mean.
    case mean
    /// The reviewers' median: one outlying reviewer does not move it.
    case median
    /// Each reviewer's scores standardised over everything they scored, then mapped back to the criterion's scale
    /// and averaged: a harsh or a lenient reviewer does not decide the ranking (as judging platforms do).
    case normalized
    /// The secretary enters every final score.
    case secretary

    public var vietnamese: String {
        switch self {
        case .mean: return "Trung bình điểm chấm chéo"
        case .median: return "Trung vị điểm chấm chéo"
        case .normalized: return "Trung bình đã chuẩn hóa theo từng đơn vị chấm"
        case .secretary: return "Thư ký khối quyết định"
        }
    }
}
