import Foundation

/// A bloc's scoring criteria for one year (bảng tiêu chí chấm điểm): groups of criteria, each with a maximum,
/// then bonus and penalty lines, each capped. Points are in hundredths (2,5 điểm is 250), so that sums are exact.
public struct CriteriaSet: Sendable, Hashable, Codable {
    public var groups: [CriterionGroup]
    /// Điểm thưởng: lines that add, the whole capped at `bonusCap`.
    public var bonus: [ScoringCriterion]
    public var bonusCap: Int
    /// Điểm trừ: lines that subtract, the whole capped at `penaltyCap`.
    public var penalty: [ScoringCriterion]
    public var penaltyCap: Int

    public init(
        groups: [CriterionGroup], bonus: [ScoringCriterion] = [], bonusCap: Int = 0,
        penalty: [ScoringCriterion] = [], penaltyCap: Int = 0
    ) {
        self.groups = groups
        self.bonus = bonus
        self.bonusCap = bonusCap
        self.penalty = penalty
        self.penaltyCap = penaltyCap
    }

    /// The most a unit can score without bonus: the sum of the groups' maximums.
    public var maxScore: Int { groups.reduce(0) { $0 + $1.maxPoints } }

    /// Every line in order: the groups' criteria, then bonus, then penalty.
    public var criteria: [ScoringCriterion] { groups.flatMap(\.criteria) + bonus + penalty }

    public func criterion(_ code: String) -> ScoringCriterion? { criteria.first { $0.code == code } }

    /// The most lines and groups one table may have: a table is read whole on every scoring page.
    public static let maxCriteria = 200
    public static let maxGroups = 30
    /// 10,000 points: a scale of "1000 điểm tuyệt đối" fits with room to spare.
    public static let maxPoints = 1_000_000

    /// Checks the table; each error names the line, in Vietnamese.
    public func validated() throws -> CriteriaSet {
        var errors: [FieldError] = []
        func fail(_ field: String, _ message: String) { errors.append(FieldError(field, message)) }
        if groups.isEmpty { fail("groups", "Bảng tiêu chí cần ít nhất một nhóm tiêu chí.") }
        if groups.count > Self.maxGroups { fail("groups", "Tối đa \(Self.maxGroups) nhóm tiêu chí.") }
        if criteria.count > Self.maxCriteria { fail("criteria", "Tối đa \(Self.maxCriteria) tiêu chí.") }
        var codes: Set<String> = []
        for c in criteria {
            if c.code.isEmpty || c.code.count > 20 { fail("criteria", "Mã tiêu chí phải có từ 1 đến 20 ký tự.") }
            if !codes.insert(c.code).inserted { fail("criteria", "Mã tiêu chí “\(c.code)” bị trùng.") }
            if c.title.isEmpty || c.title.count > 500 {
                fail("criteria", "Tiêu chí \(c.code): tên phải có từ 1 đến 500 ký tự.")
            }
            if c.guidance.count > 2000 { fail("criteria", "Tiêu chí \(c.code): hướng dẫn dài quá 2.000 ký tự.") }
            if !(1...Self.maxPoints).contains(c.maxPoints) {
                fail("criteria", "Tiêu chí \(c.code): điểm tối đa phải lớn hơn 0 và không quá 10.000.")
            }
        }
        for g in groups {
            if g.title.isEmpty || g.title.count > 300 { fail("groups", "Tên nhóm phải có từ 1 đến 300 ký tự.") }
            if g.criteria.isEmpty { fail("groups", "Nhóm “\(g.title)” chưa có tiêu chí nào.") }
            if !(1...Self.maxPoints).contains(g.maxPoints) {
                fail("groups", "Nhóm “\(g.title)”: điểm tối đa phải lớn hơn 0 và không quá 10.000.")
            }
            let sum = g.criteria.reduce(0) { $0 + min($1.maxPoints, Self.maxPoints) }
            if sum != g.maxPoints {
                fail(
                    "groups",
                    "Nhóm “\(g.title)”: tổng điểm các tiêu chí (\(VietnameseNumber.hundredths(sum))) phải bằng điểm tối đa của nhóm (\(VietnameseNumber.hundredths(g.maxPoints)))."
                )
            }
        }
        for (cap, name, field) in [(bonusCap, "điểm thưởng", "bonusCap"), (penaltyCap, "điểm trừ", "penaltyCap")]
        where !(0...Self.maxPoints).contains(cap) {
            fail(field, "Mức tối đa của \(name) phải từ 0 đến 10.000.")
        }
        if !bonus.isEmpty && bonusCap == 0 { fail("bonusCap", "Có tiêu chí điểm thưởng thì cần mức tối đa.") }
        if !penalty.isEmpty && penaltyCap == 0 { fail("penaltyCap", "Có tiêu chí điểm trừ thì cần mức tối đa.") }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }
}

public struct CriterionGroup: Sendable, Hashable, Codable {
    /// "I", "II"…
    public var code: String
    public var title: String
    public var maxPoints: Int
    public var criteria: [ScoringCriterion]

    public init(code: String, title: String, maxPoints: Int, criteria: [ScoringCriterion]) {
        self.code = code
        self.title = title
        self.maxPoints = maxPoints
        self.criteria = criteria
    }
}

/// One line of a criteria set.
public struct ScoringCriterion: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case normal, bonus, penalty

        public var vietnamese: String {
            switch self {
            case .normal: return "Tiêu chí"
            case .bonus: return "Điểm thưởng"
            case .penalty: return "Điểm trừ"
            }
        }
    }

    /// "1.1", "T1", "TR2": unique in the table.
    public var code: String
    public var title: String
    public var maxPoints: Int
    public var guidance: String
    /// A score needs a file of evidence (minh chứng).
    public var evidenceRequired: Bool
    public var kind: Kind

    public init(
        code: String, title: String, maxPoints: Int, guidance: String = "", evidenceRequired: Bool = false,
        kind: Kind = .normal
    ) {
        self.code = code
        self.title = title
        self.maxPoints = maxPoints
        self.guidance = guidance
        self.evidenceRequired = evidenceRequired
        self.kind = kind
    }

    /// A score for this line: 0 up to its maximum; nil with the Vietnamese reason otherwise.
    public func check(_ points: Int) -> String? {
        guard points >= 0 else { return "Tiêu chí \(code): điểm không được âm." }
        guard points <= maxPoints else {
            return
                "Tiêu chí \(code): điểm \(VietnameseNumber.hundredths(points)) vượt điểm tối đa \(VietnameseNumber.hundredths(maxPoints))."
        }
        return nil
    }
}
