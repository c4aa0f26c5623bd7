import Foundation
import Testing

@testable import ThiDuaCore

@Suite struct AnniversaryTests {
    /// The seed article's 2022 labels (its spacing around the dash and its capitals after "Kỷ niệm N năm" aside).
    @Test func the2022LabelsReadAsInTheSeedArticle() {
        let labels = MovementService.calendar(Anniversary.defaults, year: 2022).map(\.label)
        for expected in [
            "Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)",
            "Kỷ niệm 47 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2022)",
            "Kỷ niệm 28 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (11/4/1994-11/4/2022)",
            "Kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2022)",
            "Kỷ niệm 77 năm Ngày Cách mạng tháng Tám thành công (19/8/1945-19/8/2022)",
            "Kỷ niệm 77 năm Ngày Quốc khánh (02/9/1945-02/9/2022)",
        ] {
            #expect(labels.contains(expected), "\(expected)")
        }
    }

    @Test func anyYearIsComputedInDateOrderWithRoundYearsMarked() {
        let y2025 = MovementService.calendar(Anniversary.defaults, year: 2025)
        #expect(y2025.map(\.date) == y2025.map(\.date).sorted())
        let party = try! #require(y2025.first { $0.anniversary.name.hasPrefix("Ngày thành lập Đảng") })
        #expect(party.years == 95 && party.isRound && !party.isTenth)
        let liberation = try! #require(
            y2025.first { $0.anniversary.name == "Ngày Giải phóng miền Nam, thống nhất đất nước" })
        #expect(liberation.years == 50 && liberation.isRound && liberation.isTenth)
        #expect(
            MovementService.calendar(Anniversary.defaults, year: 2022).first {
                $0.anniversary.name == "Ngày Quốc khánh"
            }?.isRound == false)
        // Nothing before the first anniversary.
        let vca = Anniversary.defaults.first { $0.name == "Ngày thành lập Liên minh Hợp tác xã Việt Nam" }!
        #expect(vca.occurrence(in: 1994) == nil)
        #expect(vca.occurrence(in: 1995)?.years == 1)
    }

    @Test func aLeapDayFallsOnTheLastDayOfFebruary() {
        let a = Anniversary(
            name: "Ngày thử", originDate: LocalDate(year: 2000, month: 2, day: 29)!, kind: .organization)
        #expect(a.occurrence(in: 2001)?.date == LocalDate(year: 2001, month: 2, day: 28))
        #expect(a.occurrence(in: 2004)?.date == LocalDate(year: 2004, month: 2, day: 29))
    }

    @Test(arguments: [
        ((2023, 1, 6), "06/01/2023", "ngày 06 tháng 01 năm 2023"),
        ((2024, 2, 5), "05/02/2024", "ngày 05 tháng 02 năm 2024"),
        ((2023, 3, 15), "15/3/2023", "ngày 15 tháng 3 năm 2023"),
        ((2022, 11, 20), "20/11/2022", "ngày 20 tháng 11 năm 2022"),
        ((2022, 9, 2), "02/9/2022", "ngày 02 tháng 9 năm 2022"),
        ((2022, 10, 10), "10/10/2022", "ngày 10 tháng 10 năm 2022"),
    ])
    func decree30DatesPadDaysBelowTenAndTheFirstTwoMonths(date: (Int, Int, Int), short: String, long: String) {
        let d = LocalDate(year: date.0, month: date.1, day: date.2)!
        #expect(d.decree30Short == short)
        #expect(d.decree30Long == long)
    }
}
