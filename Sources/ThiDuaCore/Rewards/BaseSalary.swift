import Foundation

/// The base salary (mức lương cơ sở) from a day on, with the decree that set it and how sure we are of it.
/// Reward amounts are multiples of the base salary in force on the decision date (REVIEW.md §5).
public struct BaseSalaryStep: Hashable, Sendable, Codable {
    public var from: LocalDate
    /// In đồng.
    public var amount: Int64
    /// The decree that set it, as a reader cites it.
    public var basis: String
    public var status: LegalBasis.Status

    public init(from: LocalDate, amount: Int64, basis: String, status: LegalBasis.Status) {
        self.from = from
        self.amount = amount
        self.basis = basis
        self.status = status
    }
}

/// The base salary by effective date, oldest first.
public struct BaseSalaryTable: Hashable, Sendable, Codable {
    public var steps: [BaseSalaryStep]

    public init(_ steps: [BaseSalaryStep]) {
        self.steps = steps.sorted { $0.from < $1.from }
    }

    /// The step in force on `day`: the latest that starts on or before it; nil before the first.
    public func step(on day: LocalDate) -> BaseSalaryStep? {
        steps.last { $0.from <= day }
    }

    /// The values found by the review (REVIEW.md §5 and its verification pass). The 1,600,000 đ planned for
    /// 2020-07-01 was never applied, so 1,490,000 đ held until 2023-07-01.
    public static let seed = BaseSalaryTable([
        BaseSalaryStep(
            from: LocalDate(year: 2018, month: 7, day: 1)!, amount: 1_390_000,
            basis: "Nghị định 72/2018/NĐ-CP (mức tiền: Ban Thi đua – Khen thưởng Trung ương)", status: .verified),
        BaseSalaryStep(
            from: LocalDate(year: 2019, month: 7, day: 1)!, amount: 1_490_000,
            basis: "Nghị định 38/2019/NĐ-CP", status: .secondary),
        BaseSalaryStep(
            from: LocalDate(year: 2023, month: 7, day: 1)!, amount: 1_800_000,
            basis: "Nghị định 24/2023/NĐ-CP", status: .secondary),
        BaseSalaryStep(
            from: LocalDate(year: 2024, month: 7, day: 1)!, amount: 2_340_000,
            basis: "Nghị định 73/2024/NĐ-CP", status: .secondary),
        BaseSalaryStep(
            from: LocalDate(year: 2026, month: 7, day: 1)!, amount: 2_530_000,
            basis: "Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2", status: .secondary),
    ])
}
