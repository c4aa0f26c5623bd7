import Foundation
import Testing

@testable import ThiDuaCore

/// A calendar day with no time zone: parsing, formatting, ordering, arithmetic and JSON.
@Suite struct LocalDateTests {

    private func date(_ y: Int, _ m: Int, _ d: Int, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> LocalDate
    {
        try #require(LocalDate(year: y, month: m, day: d), sourceLocation: sourceLocation)
    }

    // MARK: parsing

    @Test func parsesISO() throws {
        // setup
        let text = "2023-01-06"
        // MUT
        let parsed = try #require(LocalDate(text))
        // validation
        #expect(parsed.year == 2023)
        #expect(parsed.month == 1)
        #expect(parsed.day == 6)
    }

    @Test func parsesVietnameseDayMonthYear() throws {
        // setup
        let text = "06/01/2023"
        // MUT
        let parsed = try #require(LocalDate(text))
        // validation: day first, then month
        #expect(parsed.year == 2023)
        #expect(parsed.month == 1)
        #expect(parsed.day == 6)
    }

    @Test func parsesWithoutLeadingZerosAndWithSurroundingSpaces() throws {
        // setup
        // MUT
        let vietnamese = LocalDate(" 6/1/2023 ")
        let iso = LocalDate(" 2023-1-6")
        // validation
        #expect(vietnamese == (try date(2023, 1, 6)))
        #expect(iso == (try date(2023, 1, 6)))
    }

    @Test func leapDays() throws {
        // setup
        // MUT
        let leap = LocalDate("2024-02-29")
        let leapVN = LocalDate("29/02/2024")
        let notLeap = LocalDate("2023-02-29")
        let century = LocalDate("1900-02-29")
        let quadCentury = LocalDate("2000-02-29")
        // validation
        #expect(leap == (try date(2024, 2, 29)))
        #expect(leapVN == (try date(2024, 2, 29)))
        #expect(notLeap == nil)
        #expect(century == nil)
        #expect(quadCentury == (try date(2000, 2, 29)))
    }

    @Test(arguments: [
        "31/04/2023", "2023-04-31", "2023-13-01", "2023-00-10", "00/01/2023", "32/01/2023",
        "", "   ", "hôm nay", "2023", "2023-01", "01/2023", "2023/01/06", "06-01-2023",
        "23-01-06", "06/01/23", "2023-01-06T00:00:00Z", "2023-01-06-01", "a/b/cdef",
    ])
    func rejectsInvalidText(text: String) {
        // setup
        // MUT
        let parsed = LocalDate(text)
        // validation
        #expect(parsed == nil, "\(text.debugDescription) parsed as \(String(describing: parsed))")
    }

    @Test func memberwiseInitRejectsImpossibleDays() {
        // setup
        // MUT
        // validation
        #expect(LocalDate(year: 2023, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2023, month: 1, day: 0) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 10000, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 2023, month: 12, day: 31) != nil)
    }

    @Test func daysInMonth() {
        // setup
        // MUT
        // validation
        #expect(LocalDate.daysIn(month: 1, year: 2023) == 31)
        #expect(LocalDate.daysIn(month: 2, year: 2023) == 28)
        #expect(LocalDate.daysIn(month: 2, year: 2024) == 29)
        #expect(LocalDate.daysIn(month: 2, year: 2100) == 28)
        #expect(LocalDate.daysIn(month: 2, year: 2000) == 29)
        #expect(LocalDate.daysIn(month: 4, year: 2023) == 30)
        #expect(LocalDate.daysIn(month: 11, year: 2023) == 30)
        #expect(LocalDate.daysIn(month: 12, year: 2023) == 31)
    }

    // MARK: formatting

    @Test func isoAndVietnameseFormsHaveLeadingZeros() throws {
        // setup
        let d = try date(2023, 1, 6)
        // MUT
        let iso = d.iso
        let vietnamese = d.vietnamese
        // validation
        #expect(iso == "2023-01-06")
        #expect(vietnamese == "06/01/2023")
        #expect(d.description == "2023-01-06")
    }

    @Test func formattingPadsShortYears() throws {
        // setup
        let d = try date(987, 12, 25)
        // MUT
        // validation
        #expect(d.iso == "0987-12-25")
        #expect(d.vietnamese == "25/12/0987")
    }

    @Test func formattedFormsParseBack() throws {
        // setup
        let d = try date(2021, 11, 30)
        // MUT
        let fromISO = LocalDate(d.iso)
        let fromVietnamese = LocalDate(d.vietnamese)
        // validation
        #expect(fromISO == d)
        #expect(fromVietnamese == d)
    }

    // MARK: ordering

    @Test func ordersByYearThenMonthThenDay() throws {
        // setup
        let expected = [
            try date(2022, 12, 31), try date(2023, 1, 6), try date(2023, 1, 30),
            try date(2023, 2, 1), try date(2023, 10, 1), try date(2024, 1, 1),
        ]
        // MUT
        let sorted = expected.reversed().sorted()
        // validation
        #expect(sorted == expected)
        #expect(try date(2023, 1, 30) < (try date(2023, 2, 1)))
        #expect(!(try date(2023, 2, 1) < (try date(2023, 2, 1))))
        #expect(try date(2023, 9, 1) < (try date(2023, 10, 1)))  // numeric, not text order on months
    }

    // MARK: arithmetic

    @Test(arguments: [
        ((2023, 1, 31), 1, (2023, 2, 1)),  // month boundary
        ((2023, 12, 31), 1, (2024, 1, 1)),  // year boundary
        ((2024, 2, 28), 1, (2024, 2, 29)),  // into a leap day
        ((2024, 2, 29), 1, (2024, 3, 1)),  // out of a leap day
        ((2023, 2, 28), 1, (2023, 3, 1)),  // no leap day
        ((2024, 3, 1), -1, (2024, 2, 29)),  // backwards into a leap day
        ((2024, 1, 1), -1, (2023, 12, 31)),  // backwards across a year
        ((2023, 1, 6), 0, (2023, 1, 6)),
        ((2023, 1, 1), 365, (2024, 1, 1)),
        ((2024, 1, 1), 366, (2025, 1, 1)),  // leap year has 366 days
        ((2023, 3, 25), 7, (2023, 4, 1)),
    ])
    func addingDays(start: (Int, Int, Int), days: Int, end: (Int, Int, Int)) throws {
        // setup
        let d = try date(start.0, start.1, start.2)
        // MUT
        let result = d.adding(days: days)
        // validation
        #expect(result == (try date(end.0, end.1, end.2)))
    }

    @Test func addingDaysUsesTheProlepticGregorianCalendarAndStopsAtTheRange() throws {
        // setup
        let old = try date(1500, 2, 28)
        let last = try date(9999, 12, 31)
        // MUT + validation: 1500 is not a leap year in the Gregorian rule LocalDate validates with
        #expect(old.adding(days: 1) == (try date(1500, 3, 1)))
        #expect((try date(1582, 10, 4)).adding(days: 1) == (try date(1582, 10, 5)))
        #expect(last.adding(days: 1) == nil)
        #expect((try date(1970, 1, 1)).dayNumber == 0)
        #expect((try date(2023, 1, 6)).dayNumber == 19_363)
    }

    // MARK: today

    @Test func todayUsesTheGivenTimeZone() throws {
        // setup: 2023-12-31 20:00 UTC is already 2024-01-01 03:00 in Hà Nội
        let instant = Date(timeIntervalSince1970: 1_704_052_800)
        let hanoi = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        let utc = try #require(TimeZone(identifier: "UTC"))
        // MUT
        let inHanoi = LocalDate.today(in: hanoi, now: instant)
        let inUTC = LocalDate.today(in: utc, now: instant)
        // validation
        #expect(inHanoi == (try date(2024, 1, 1)))
        #expect(inUTC == (try date(2023, 12, 31)))
    }

    // MARK: Codable

    @Test func codableRoundTripUsesISOString() throws {
        // setup
        struct Wrapper: Codable, Equatable { var day: LocalDate }
        let value = Wrapper(day: try date(2023, 1, 6))
        // MUT
        let data = try JSONEncoder().encode(value)
        let decoded = try JSONDecoder().decode(Wrapper.self, from: data)
        // validation
        #expect(String(decoding: data, as: UTF8.self) == #"{"day":"2023-01-06"}"#)
        #expect(decoded == value)
    }

    @Test func decodingAcceptsVietnameseForm() throws {
        // setup
        let json = Data(#"["06/01/2023"]"#.utf8)
        // MUT
        let decoded = try JSONDecoder().decode([LocalDate].self, from: json)
        // validation
        #expect(decoded == [try date(2023, 1, 6)])
    }

    @Test func decodingBadStringThrowsDataCorruptedInVietnamese() throws {
        // setup
        let json = Data(#"["2023-02-29"]"#.utf8)
        // MUT
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: json)
        }
        // validation
        guard case .dataCorrupted(let context) = try #require(error) else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.contains("Ngày không hợp lệ"))
        #expect(context.debugDescription.contains("2023-02-29"))
    }

    @Test func decodingANumberThrows() {
        // setup
        let json = Data("[20230106]".utf8)
        // MUT
        // validation
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: json)
        }
    }
}
