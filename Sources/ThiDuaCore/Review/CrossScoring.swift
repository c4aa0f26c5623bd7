import Foundation

/// The scores entered for one unit: its own, and each reviewer's (by reviewer unit id), per criterion code, in
/// hundredths of a point.
public struct UnitScores: Sendable, Hashable {
    public var unit: UUID
    public var selfScores: [String: Int]
    public var reviewers: [UUID: [String: Int]]

    public init(unit: UUID, selfScores: [String: Int], reviewers: [UUID: [String: Int]] = [:]) {
        self.unit = unit
        self.selfScores = selfScores
        self.reviewers = reviewers
    }
}

/// The secretary's decision on one criterion of one unit, with the reason written on the final table.
public struct ScoreDecision: Sendable, Hashable, Codable {
    public var points: Int
    public var reason: String

    public init(points: Int, reason: String) {
        self.points = points
        self.reason = reason
    }
}

/// One criterion of one unit on the final table: what each side gave, what each method makes of it, and the
/// final score with how it was reached.
public struct CriterionResult: Sendable, Hashable {
    public var code: String
    public var selfScore: Int?
    /// Reviewer unit → score, for the reviewers who scored this line.
    public var reviewerScores: [UUID: Int]
    /// Every method's result side by side; nil where a method has nothing to go on.
    public var byMethod: [FinalScoreMethod: Int]
    /// The reviewers and the self-score differ by more than the bloc's margin: the secretary decides.
    public var differs: Bool
    public var decision: ScoreDecision?
    /// nil while it waits for the secretary.
    public var final: Int?
    /// How the final score was reached, in Vietnamese.
    public var note: String
}

/// Final scores of a bloc's units from their self-assessments and the cross-scoring.
public struct CrossScoring: Sendable {
    public var table: CriteriaSet
    public var method: FinalScoreMethod
    /// In hundredths: a difference between the reviewers' mean and the self-score above it needs a decision.
    public var margin: Int

    public init(table: CriteriaSet, method: FinalScoreMethod, margin: Int) {
        self.table = table
        self.method = method
        self.margin = margin
    }

    /// Each unit's criteria results, in the table's order.
    public func results(_ units: [UnitScores], decisions: [UUID: [String: ScoreDecision]] = [:]) -> [UUID:
        [CriterionResult]]
    {
        let normalizer = Normalizer(table: table, units: units)
        var out: [UUID: [CriterionResult]] = [:]
        for u in units {
            out[u.unit] = table.criteria.map { c in
                let reviewerScores = u.reviewers.compactMapValues { $0[c.code] }
                let values = reviewerScores.sorted { $0.key.uuidString < $1.key.uuidString }.map(\.value)
                var byMethod: [FinalScoreMethod: Int] = [:]
                if !values.isEmpty {
                    byMethod[.mean] = Self.mean(values)
                    byMethod[.median] = Self.median(values)
                    byMethod[.normalized] = normalizer.score(c, reviewerScores)
                }
                let decision = decisions[u.unit]?[c.code]
                if let decision { byMethod[.secretary] = decision.points }
                let selfScore = u.selfScores[c.code]
                let differs =
                    selfScore.map { s in byMethod[.mean].map { abs($0 - s) > margin } ?? false } ?? false
                let final: Int?
                let note: String
                if let decision {
                    final = decision.points
                    note = "Thư ký khối quyết định: \(decision.reason)"
                } else if differs {
                    final = nil
                    note =
                        "Điểm chấm chéo và điểm tự chấm chênh lệch quá \(VietnameseNumber.hundredths(margin)) điểm: chờ thư ký khối quyết định."
                } else if method == .secretary {
                    final = nil
                    note = "Chờ thư ký khối quyết định."
                } else if let m = byMethod[method] {
                    final = m
                    note = method.vietnamese + "."
                } else if let selfScore {
                    final = selfScore
                    note = "Chưa có điểm chấm chéo: lấy điểm tự chấm."
                } else {
                    final = 0
                    note = "Không có điểm."
                }
                return CriterionResult(
                    code: c.code, selfScore: selfScore, reviewerScores: reviewerScores, byMethod: byMethod,
                    differs: differs, decision: decision, final: final, note: note)
            }
        }
        return out
    }

    /// Half up, in hundredths (scores are never negative).
    static func mean(_ values: [Int]) -> Int {
        let sum = values.reduce(0, +)
        return (2 * sum + values.count) / (2 * values.count)
    }

    static func median(_ values: [Int]) -> Int {
        let s = values.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : mean([s[mid - 1], s[mid]])
    }

    /// Each reviewer's scores as fractions of the criteria's maximums, over every unit and line they scored:
    /// their mean and spread, and those of all reviewers together.
    struct Normalizer {
        var stats: [UUID: (mean: Double, sd: Double)] = [:]
        var overall: (mean: Double, sd: Double) = (0, 0)

        init(table: CriteriaSet, units: [UnitScores]) {
            var byReviewer: [UUID: [Double]] = [:]
            let maxima = Dictionary(table.criteria.map { ($0.code, $0.maxPoints) }, uniquingKeysWith: { a, _ in a })
            for u in units {
                for (reviewer, scores) in u.reviewers {
                    for (code, points) in scores {
                        guard let max = maxima[code], max > 0 else { continue }
                        byReviewer[reviewer, default: []].append(Double(points) / Double(max))
                    }
                }
            }
            for (reviewer, values) in byReviewer { stats[reviewer] = Self.meanAndSD(values) }
            overall = Self.meanAndSD(byReviewer.values.flatMap { $0 })
        }

        static func meanAndSD(_ values: [Double]) -> (mean: Double, sd: Double) {
            guard !values.isEmpty else { return (0, 0) }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return (mean, variance.squareRoot())
        }

        /// The reviewers' scores of one line, each standardised and mapped back, then averaged and clamped.
        func score(_ c: ScoringCriterion, _ scores: [UUID: Int]) -> Int {
            let fractions = scores.sorted { $0.key.uuidString < $1.key.uuidString }.map { reviewer, points -> Double in
                let f = Double(points) / Double(c.maxPoints)
                guard let s = stats[reviewer] else { return f }
                // A reviewer who gave everyone the same share is only shifted, not stretched.
                let z = s.sd > 1e-9 ? (f - s.mean) / s.sd * overall.sd : f - s.mean
                return overall.mean + z
            }
            let f = min(1, max(0, fractions.reduce(0, +) / Double(fractions.count)))
            return Int((f * Double(c.maxPoints)).rounded())
        }
    }
}
