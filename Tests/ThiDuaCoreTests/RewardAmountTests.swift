import Foundation
import Testing

@testable import ThiDuaCore

/// Reward amounts: the base salary in force on the decision date, times the multiple, rounded up to the next
/// 10,000 đồng (REVIEW.md §5).
@Suite struct RewardAmountTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func theReviewsWorkedExamplesRoundUp() {
        // LĐTT on a 2025 decision: 0.3 × 2,340,000 = 702,000 → 710,000
        #expect(RewardAmount(multipleHundredths: 30, on: day(2025, 3, 1))?.amount == 710_000)
        // The Central Board's example: 0.8 × 1,390,000 = 1,112,000 → 1,120,000
        #expect(RewardAmount(multipleHundredths: 80, baseSalary: 1_390_000)?.amount == 1_120_000)
        // An exact product stays as it is: 1.0 × 1,800,000
        #expect(RewardAmount(multipleHundredths: 100, baseSalary: 1_800_000)?.amount == 1_800_000)
        // Never down: 0.15 × 1,490,000 = 223,500 → 230,000 (a Q&A site's 220,000 is wrong under "lên")
        #expect(RewardAmount(multipleHundredths: 15, baseSalary: 1_490_000)?.amount == 230_000)
    }

    static let sides: [(LocalDate, Int64)] = [
        (LocalDate(year: 2019, month: 6, day: 30)!, Int64(1_390_000)),
        (LocalDate(year: 2019, month: 7, day: 1)!, Int64(1_490_000)),
        (LocalDate(year: 2020, month: 7, day: 1)!, 1_490_000),  // the planned 1,600,000 was never applied
        (LocalDate(year: 2023, month: 6, day: 30)!, 1_490_000),
        (LocalDate(year: 2023, month: 7, day: 1)!, 1_800_000),
        (LocalDate(year: 2024, month: 6, day: 30)!, 1_800_000),
        (LocalDate(year: 2024, month: 7, day: 1)!, 2_340_000),
        (LocalDate(year: 2026, month: 6, day: 30)!, 2_340_000),
        (LocalDate(year: 2026, month: 7, day: 1)!, 2_530_000),
    ]

    @Test(arguments: Self.sides)
    func theBaseSalaryOnEachSideOfEachDate(day: LocalDate, expected: Int64) {
        #expect(BaseSalaryTable.seed.step(on: day)?.amount == expected)
    }

    @Test func beforeTheTableThereIsNoAmount() {
        #expect(BaseSalaryTable.seed.step(on: day(2018, 6, 30)) == nil)
        #expect(RewardAmount(multipleHundredths: 30, on: day(2018, 6, 30)) == nil)
    }

    @Test func badNumbersGiveNoAmountInsteadOfStopping() {
        #expect(RewardAmount(multipleHundredths: -1, baseSalary: 2_340_000) == nil)
        #expect(RewardAmount(multipleHundredths: 30, baseSalary: -5) == nil)
        #expect(RewardAmount(multipleHundredths: Int.max, baseSalary: Int64.max) == nil)
        #expect(RewardAmount(multipleHundredths: 0, baseSalary: 2_340_000)?.amount == 0)
    }

}
