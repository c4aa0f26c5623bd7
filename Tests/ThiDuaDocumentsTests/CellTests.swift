import Testing
import ThiDuaCore

@testable import ThiDuaDocuments

@Suite struct CellTests {
    @Test func cellsReadAsTheTextAnImporterExpects() {
        // MUT + validation
        #expect(Cell.number(1985).string == "1985")
        #expect(Cell.number(2.5).string == "2.5")
        #expect(Cell.date(LocalDate(year: 2023, month: 1, day: 6)!).string == "06/01/2023")
        #expect(Cell.empty.string == "")
        #expect(Cell.text("Nguyễn Văn Hoà").string == "Nguyễn Văn Hoà")
    }
}
