import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

@Suite struct DocumentDateTests {
    private func text(_ iso: String) -> String { DocumentDate.text(LocalDate(iso)!) }

    @Test func daysBelowTenTakeALeadingZero() {
        // MUT + validation
        #expect(text("2023-03-01") == "ngày 01 tháng 3 năm 2023")
        #expect(text("2023-03-09") == "ngày 09 tháng 3 năm 2023")
        #expect(text("2023-03-10") == "ngày 10 tháng 3 năm 2023")
        #expect(text("2023-03-31") == "ngày 31 tháng 3 năm 2023")
    }

    @Test func onlyJanuaryAndFebruaryTakeALeadingZero() {
        // MUT + validation
        #expect(text("2023-01-06") == "ngày 06 tháng 01 năm 2023")
        #expect(text("2024-02-05") == "ngày 05 tháng 02 năm 2024")
        #expect(text("2024-02-29") == "ngày 29 tháng 02 năm 2024")
        #expect(text("2023-03-15") == "ngày 15 tháng 3 năm 2023")
        #expect(text("2023-09-09") == "ngày 09 tháng 9 năm 2023")
        #expect(text("2023-10-01") == "ngày 01 tháng 10 năm 2023")
        #expect(text("2022-11-20") == "ngày 20 tháng 11 năm 2022")
        #expect(text("2022-12-31") == "ngày 31 tháng 12 năm 2022")
    }

    @Test func everyMonthOfTheYear() {
        // MUT
        let months = (1...12).map { DocumentDate.text(LocalDate(year: 2023, month: $0, day: 20)!) }
        // validation
        #expect(
            months == ["ngày 20 tháng 01 năm 2023", "ngày 20 tháng 02 năm 2023"]
                + (3...12).map { "ngày 20 tháng \($0) năm 2023" })
    }

    @Test func placeAndDateLine() {
        // setup
        let date = LocalDate("06/01/2023")!
        // MUT + validation
        #expect(DocumentDate.placeAndDate(place: "Hà Nội", date: date) == "Hà Nội, ngày 06 tháng 01 năm 2023")
        #expect(DocumentDate.placeAndDate(place: "  Đà Nẵng ", date: date) == "Đà Nẵng, ngày 06 tháng 01 năm 2023")
        #expect(DocumentDate.placeAndDate(place: "", date: date) == "ngày 06 tháng 01 năm 2023")
    }
}
