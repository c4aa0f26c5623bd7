import Foundation
import Testing

@testable import ThiDuaCore

/// The year-end review's arithmetic: the criteria table, final scores by each method, ranking with ties, and the
/// cross-scoring assignment.
@Suite struct ReviewScoringTests {
    /// 100 points in two groups, with bonus (cap 5) and penalty (cap 5).
    static let table = CriteriaSet(
        groups: [
            CriterionGroup(
                code: "I", title: "Công tác tổ chức phong trào", maxPoints: 4000,
                criteria: [
                    ScoringCriterion(code: "1.1", title: "Ban hành kế hoạch thi đua", maxPoints: 2000),
                    ScoringCriterion(code: "1.2", title: "Ký kết giao ước", maxPoints: 2000, evidenceRequired: true),
                ]),
            CriterionGroup(
                code: "II", title: "Kết quả thực hiện nhiệm vụ", maxPoints: 6000,
                criteria: [ScoringCriterion(code: "2.1", title: "Hoàn thành chỉ tiêu", maxPoints: 6000)]),
        ],
        bonus: [ScoringCriterion(code: "T1", title: "Mô hình mới", maxPoints: 500, kind: .bonus)], bonusCap: 500,
        penalty: [ScoringCriterion(code: "TR1", title: "Nộp báo cáo chậm", maxPoints: 1000, kind: .penalty)],
        penaltyCap: 500)

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    // MARK: the table

    @Test func aWellFormedTableIsAcceptedWithItsMaximum() throws {
        #expect(try Self.table.validated().maxScore == 10_000)
        #expect(Self.table.criterion("1.2")?.evidenceRequired == true)
    }

    @Test(arguments: [
        ("sum", "tổng điểm các tiêu chí (30) phải bằng điểm tối đa của nhóm (40)"),
        ("duplicate", "Mã tiêu chí “1.1” bị trùng."),
        ("bonusCap", "Có tiêu chí điểm thưởng thì cần mức tối đa."),
        ("empty", "Bảng tiêu chí cần ít nhất một nhóm tiêu chí."),
    ])
    func aBadTableIsRefusedNamingTheLine(defect: String, message: String) {
        var t = Self.table
        switch defect {
        case "sum": t.groups[0].criteria[1].maxPoints = 1000
        case "duplicate": t.groups[1].criteria[0].code = "1.1"
        case "bonusCap": t.bonusCap = 0
        default: t.groups = []
        }
        do {
            _ = try t.validated()
            Issue.record("accepted")
        } catch DomainError.invalid(let errors) {
            #expect(errors.contains { $0.message.contains(message) }, "\(errors)")
        } catch { Issue.record("\(error)") }
    }

    @Test func aScoreAboveTheMaximumOrNegativeIsRefused() {
        let c = Self.table.groups[0].criteria[0]
        #expect(c.check(2000) == nil)
        #expect(c.check(0) == nil)
        #expect(c.check(2001) == "Tiêu chí 1.1: điểm 20,01 vượt điểm tối đa 20.")
        #expect(c.check(-1) == "Tiêu chí 1.1: điểm không được âm.")
    }

    // MARK: final scores

    @Test func meanAndMedianOfTheReviewers() {
        let scoring = CrossScoring(table: Self.table, method: .mean, margin: 10_000)
        let u = UnitScores(
            unit: Self.id(1), selfScores: ["1.1": 1800],
            reviewers: [Self.id(2): ["1.1": 1000], Self.id(3): ["1.1": 1500], Self.id(4): ["1.1": 2000]])
        let r = scoring.results([u])[Self.id(1)]!.first { $0.code == "1.1" }!
        #expect(r.byMethod[.mean] == 1500)
        #expect(r.byMethod[.median] == 1500)
        #expect(r.final == 1500)
        let two = UnitScores(
            unit: Self.id(1), selfScores: [:], reviewers: [Self.id(2): ["1.1": 1001], Self.id(3): ["1.1": 1000]])
        let r2 = scoring.results([two])[Self.id(1)]!.first { $0.code == "1.1" }!
        #expect(r2.byMethod[.mean] == 1001)  // 1000.5 rounds half up
        #expect(r2.byMethod[.median] == 1001)
    }

    /// A harsh reviewer and a lenient one score equally good units: the mean follows the reviewer, the
    /// normalised score does not.
    @Test func normalisationTakesOutAHarshOrLenientReviewer() {
        let harsh = Self.id(10)
        let lenient = Self.id(11)
        // Each reviewer scores two units; the better one gets 20 % more of the maximum than the worse one.
        let units = [
            UnitScores(unit: Self.id(1), selfScores: [:], reviewers: [harsh: ["2.1": 3600]]),  // 60 %
            UnitScores(unit: Self.id(2), selfScores: [:], reviewers: [harsh: ["2.1": 2400]]),  // 40 %
            UnitScores(unit: Self.id(3), selfScores: [:], reviewers: [lenient: ["2.1": 6000]]),  // 100 %
            UnitScores(unit: Self.id(4), selfScores: [:], reviewers: [lenient: ["2.1": 4800]]),  // 80 %
        ]
        let results = CrossScoring(table: Self.table, method: .normalized, margin: 10_000).results(units)
        func score(_ n: Int, _ m: FinalScoreMethod) -> Int? {
            results[Self.id(n)]!.first { $0.code == "2.1" }!.byMethod[m]
        }
        #expect(score(1, .mean)! < score(4, .mean)!)  // the mean ranks the lenient reviewer's worse unit higher
        #expect(score(1, .normalized) == score(3, .normalized))  // each reviewer's better unit
        #expect(score(2, .normalized) == score(4, .normalized))
        #expect(score(1, .normalized)! > score(2, .normalized)!)
        #expect(results[Self.id(1)]!.first { $0.code == "2.1" }!.final == score(1, .normalized))
    }

    @Test func aDifferenceAboveTheMarginWaitsForTheSecretaryWhoseReasonIsKept() {
        let scoring = CrossScoring(table: Self.table, method: .mean, margin: 300)
        let u = UnitScores(unit: Self.id(1), selfScores: ["1.1": 2000], reviewers: [Self.id(2): ["1.1": 1500]])
        let waiting = scoring.results([u])[Self.id(1)]!.first { $0.code == "1.1" }!
        #expect(waiting.differs)
        #expect(waiting.final == nil)
        #expect(waiting.note.contains("chờ thư ký khối quyết định"))
        let decided = scoring.results(
            [u], decisions: [Self.id(1): ["1.1": ScoreDecision(points: 1800, reason: "Có minh chứng bổ sung")]]
        )[Self.id(1)]!.first { $0.code == "1.1" }!
        #expect(decided.final == 1800)
        #expect(decided.note == "Thư ký khối quyết định: Có minh chứng bổ sung")
        #expect(decided.byMethod[.mean] == 1500)  // the other methods stay visible
        // Within the margin: no decision needed.
        let close = UnitScores(unit: Self.id(1), selfScores: ["1.1": 1800], reviewers: [Self.id(2): ["1.1": 1500]])
        #expect(scoring.results([close])[Self.id(1)]!.first { $0.code == "1.1" }!.final == 1500)
    }

    @Test func withoutReviewersTheSelfScoreStandsAndTheSecretaryMethodWaits() {
        let u = UnitScores(unit: Self.id(1), selfScores: ["1.1": 1700])
        let mean = CrossScoring(table: Self.table, method: .mean, margin: 300).results([u])[Self.id(1)]!
        #expect(mean.first { $0.code == "1.1" }?.final == 1700)
        #expect(mean.first { $0.code == "1.1" }?.note == "Chưa có điểm chấm chéo: lấy điểm tự chấm.")
        let secretary = CrossScoring(table: Self.table, method: .secretary, margin: 300).results([u])[Self.id(1)]!
        #expect(secretary.first { $0.code == "1.1" }?.final == nil)
    }

    // MARK: ranking

    static func ranked(_ finals: [Int: [String: Int]]) -> [ReviewRanking.Row] {
        let units = finals.map { UnitScores(unit: id($0.key), selfScores: $0.value) }
        let results = CrossScoring(table: table, method: .mean, margin: 10_000).results(units)
        let names = Dictionary(uniqueKeysWithValues: finals.keys.map { (id($0), "Đơn vị \($0)") })
        return ReviewRanking.rank(table: table, results: results, names: names)
    }

    @Test func bonusAndPenaltyAreCappedInTheTotal() {
        let rows = Self.ranked([1: ["1.1": 2000, "1.2": 2000, "2.1": 5000, "T1": 500, "TR1": 1000]])
        #expect(rows[0].criteriaTotal == 9000)
        #expect(rows[0].bonus == 500)
        #expect(rows[0].penalty == 500)  // 10 points of penalty, capped at 5
        #expect(rows[0].total == 9000)
        #expect(rows[0].band == "Hoàn thành xuất sắc")  // 90 % of 100 exactly
    }

    @Test func tiesAreBrokenByTheDocumentedRulesAndTheRuleIsWritten() {
        let rows = Self.ranked([
            1: ["1.1": 2000, "1.2": 2000, "2.1": 4000, "T1": 500],  // 80 + 5 = 85
            2: ["1.1": 2000, "1.2": 2000, "2.1": 4500],  // 85, more from the criteria: first (rule 1)
            3: ["1.1": 1500, "1.2": 1500, "2.1": 5500],  // 85, same criteria total as 2, group I lower (rule 3)
            4: ["1.1": 1500, "1.2": 1500, "2.1": 5500],  // the same as 3: level
            5: ["1.1": 1000, "2.1": 3000],  // 40: "Chưa hoàn thành"
        ])
        #expect(rows.map(\.name) == ["Đơn vị 2", "Đơn vị 3", "Đơn vị 4", "Đơn vị 1", "Đơn vị 5"])
        #expect(rows.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(rows[1].tieRule?.contains(ReviewRanking.tieRules[2]) == true)
        #expect(rows[2].tieRule == "Bằng điểm với Đơn vị 3 theo mọi quy tắc: đồng hạng.")
        #expect(rows[3].tieRule?.contains(ReviewRanking.tieRules[0]) == true)
        #expect(rows[4].tieRule == nil)
        #expect(rows[4].band == "Chưa hoàn thành")
        #expect(rows[0].band == "Hoàn thành tốt")
    }

    @Test func aPendingDecisionMarksTheRowProvisional() {
        let scoring = CrossScoring(table: Self.table, method: .mean, margin: 100)
        let u = UnitScores(unit: Self.id(1), selfScores: ["1.1": 2000], reviewers: [Self.id(2): ["1.1": 1000]])
        let rows = ReviewRanking.rank(table: Self.table, results: scoring.results([u]), names: [:])
        #expect(rows[0].pending)
    }

    // MARK: assignment

    @Test(arguments: [(15, 2), (15, 3), (5, 2), (8, 1), (2, 1)])
    func theAssignmentIsBalancedNeverSelfAndAvoidsMutualPairs(units n: Int, perUnit k: Int) {
        let units = (1...n).map(Self.id)
        let a = ReviewerAssignment.balanced(units, perUnit: k, seed: 2023)
        #expect(a.count == n)
        var reviews: [UUID: Int] = [:]
        for (unit, reviewers) in a {
            #expect(reviewers.count == k)
            #expect(!reviewers.contains(unit))
            #expect(Set(reviewers).count == k)
            for r in reviewers { reviews[r, default: 0] += 1 }
        }
        #expect(reviews.values.allSatisfy { $0 == k })
        if 2 * k < n { #expect(ReviewerAssignment.mutualPairs(a) == 0) }
        #expect(ReviewerAssignment.balanced(units, perUnit: k, seed: 2023) == a)  // the same seed, the same answer
    }

    @Test func tooManyReviewersPerUnitIsClamped() {
        let a = ReviewerAssignment.balanced([Self.id(1), Self.id(2), Self.id(3)], perUnit: 10, seed: 1)
        #expect(a.values.allSatisfy { $0.count == 2 })
        #expect(ReviewerAssignment.balanced([Self.id(1)], perUnit: 2, seed: 1).isEmpty)
    }
}
