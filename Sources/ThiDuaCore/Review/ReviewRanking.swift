import Foundation

/// A band of the ranking (xếp loại), from a share of the maximum score up (a bloc setting).
public struct ClassificationBand: Sendable, Hashable, Codable {
    /// Percent of the table's maximum score, 0–100.
    public var minPercent: Int
    public var label: String

    public init(minPercent: Int, label: String) {
        self.minPercent = minPercent
        self.label = label
    }

    /// A common four-band scale; blocs set their own.
    public static let defaults = [
        ClassificationBand(minPercent: 90, label: "Hoàn thành xuất sắc"),
        ClassificationBand(minPercent: 75, label: "Hoàn thành tốt"),
        ClassificationBand(minPercent: 50, label: "Hoàn thành"),
        ClassificationBand(minPercent: 0, label: "Chưa hoàn thành"),
    ]
}

/// The ranking of a bloc's units: total = final scores of the criteria + bonus (capped) − penalty (capped).
public struct ReviewRanking: Sendable {
    public struct Row: Sendable, Hashable {
        public var unit: UUID
        public var name: String
        public var selfTotal: Int
        /// The criteria's final scores, without bonus and penalty.
        public var criteriaTotal: Int
        public var bonus: Int
        public var penalty: Int
        public var total: Int
        /// Some final score still waits for the secretary: the rank is provisional.
        public var pending: Bool
        /// 1-based; equal for units the rules could not separate.
        public var rank: Int
        /// The rule that placed this row below or level with the one above on equal totals.
        public var tieRule: String?
        public var band: String?
    }

    /// The rules applied, in order, when totals are equal (written on the results page).
    public static let tieRules = [
        "1. Tổng điểm các tiêu chí (không tính điểm thưởng, điểm trừ) cao hơn xếp trên.",
        "2. Điểm trừ ít hơn xếp trên.",
        "3. Điểm nhóm tiêu chí thứ nhất cao hơn xếp trên, rồi nhóm thứ hai, và cứ thế.",
        "4. Vẫn bằng nhau thì đồng hạng.",
    ]

    public static func rank(
        table: CriteriaSet, results: [UUID: [CriterionResult]], names: [UUID: String],
        bands: [ClassificationBand] = ClassificationBand.defaults
    ) -> [Row] {
        let kinds = Dictionary(table.criteria.map { ($0.code, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var groupScores: [UUID: [Int]] = [:]
        var rows: [Row] = results.map { unit, list in
            func sum(_ kind: ScoringCriterion.Kind, _ value: (CriterionResult) -> Int?) -> Int {
                list.filter { kinds[$0.code] == kind }.reduce(0) { $0 + (value($1) ?? 0) }
            }
            let criteria = sum(.normal) { $0.final }
            let bonus = min(sum(.bonus) { $0.final }, table.bonusCap)
            let penalty = min(sum(.penalty) { $0.final }, table.penaltyCap)
            let selfTotal =
                sum(.normal) { $0.selfScore } + min(sum(.bonus) { $0.selfScore }, table.bonusCap)
                - min(sum(.penalty) { $0.selfScore }, table.penaltyCap)
            let byCode = Dictionary(list.map { ($0.code, $0.final ?? 0) }, uniquingKeysWith: { a, _ in a })
            groupScores[unit] = table.groups.map { g in g.criteria.reduce(0) { $0 + (byCode[$1.code] ?? 0) } }
            return Row(
                unit: unit, name: names[unit] ?? "", selfTotal: selfTotal, criteriaTotal: criteria, bonus: bonus,
                penalty: penalty, total: criteria + bonus - penalty, pending: list.contains { $0.final == nil },
                rank: 0, tieRule: nil, band: nil)
        }
        /// The first rule that separates two rows of equal total: its number (1-based) and which is better.
        func separate(_ a: Row, _ b: Row) -> (rule: Int, aFirst: Bool)? {
            if a.criteriaTotal != b.criteriaTotal { return (1, a.criteriaTotal > b.criteriaTotal) }
            if a.penalty != b.penalty { return (2, a.penalty < b.penalty) }
            for (x, y) in zip(groupScores[a.unit] ?? [], groupScores[b.unit] ?? []) where x != y { return (3, x > y) }
            return nil
        }
        rows.sort { a, b in
            if a.total != b.total { return a.total > b.total }
            if let s = separate(a, b) { return s.aFirst }
            return VietnameseText.namesAreInIncreasingOrder(a.name, b.name)
        }
        let maxScore = max(table.maxScore, 1)
        let sortedBands = bands.sorted { $0.minPercent > $1.minPercent }
        for i in rows.indices {
            if i > 0, rows[i].total == rows[i - 1].total {
                if let s = separate(rows[i - 1], rows[i]) {
                    rows[i].rank = i + 1
                    rows[i].tieRule =
                        "Bằng tổng điểm với \(rows[i - 1].name); xếp sau theo quy tắc " + tieRules[s.rule - 1]
                } else {
                    rows[i].rank = rows[i - 1].rank
                    rows[i].tieRule = "Bằng điểm với \(rows[i - 1].name) theo mọi quy tắc: đồng hạng."
                }
            } else {
                rows[i].rank = i + 1
            }
            // Integer percent of the maximum: 90% of 100 points is exactly 9,000 hundredths.
            rows[i].band = sortedBands.first { rows[i].total * 100 >= $0.minPercent * maxScore }?.label
        }
        return rows
    }
}
