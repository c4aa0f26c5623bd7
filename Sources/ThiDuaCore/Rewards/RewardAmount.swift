import Foundation

/// A reward amount (mức tiền thưởng): a multiple of the base salary in force on the decision date, rounded up
/// to the next 10,000 đồng (Decree 91/2017 Art. 68(2); Decree 98/2023; Decree 152/2025 Art. 49(2)).
public struct RewardAmount: Hashable, Sendable, Codable {
    /// The multiple in hundredths (0.3 is 30), so that no floating point enters the money.
    public var multipleHundredths: Int
    public var baseSalary: Int64
    /// In đồng.
    public var amount: Int64

    /// nil for a negative multiple or base, or one so large that the product would not fit.
    public init?(multipleHundredths: Int, baseSalary: Int64) {
        guard multipleHundredths >= 0, baseSalary >= 0 else { return nil }
        let (product, overflow) = Int64(multipleHundredths).multipliedReportingOverflow(by: baseSalary)
        guard !overflow else { return nil }
        // product is in hundredths of a đồng; one step of rounding is 10,000 đồng = 1,000,000 hundredths.
        let step: Int64 = 100 * 10_000
        let steps = product / step + (product % step == 0 ? 0 : 1)
        self.multipleHundredths = multipleHundredths
        self.baseSalary = baseSalary
        self.amount = steps * 10_000
    }

    /// The amount for a decision taken on `day`, from the table; nil before the table's first date.
    public init?(multipleHundredths: Int, on day: LocalDate, table: BaseSalaryTable = .seed) {
        guard let step = table.step(on: day) else { return nil }
        self.init(multipleHundredths: multipleHundredths, baseSalary: step.amount)
    }
}
