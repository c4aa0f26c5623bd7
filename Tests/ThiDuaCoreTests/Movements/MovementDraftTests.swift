import Foundation
import Testing

@testable import ThiDuaCore

@Suite struct MovementDraftTests {
    static let valid = MovementDraft(
        year: "2022", kind: "thematic", scopeKind: "organization", title: "  Thi đua chào mừng  Quốc khánh ",
        slogans: "Đoàn kết\n\n Sáng tạo ", periodFrom: "01/08/2022", periodTo: "2022-09-02",
        targets: "Hoàn thành kế hoạch\nKhông có vi phạm", codes: ["LDTT", "CSTDCS"], registrationDeadline: "15/08/2022")

    @Test func aValidDraftIsNormalised() throws {
        let m = try Self.valid.validated()
        #expect(m.title == "Thi đua chào mừng Quốc khánh")
        #expect(m.slogans == ["Đoàn kết", "Sáng tạo"])
        #expect(m.targets.count == 2)
        #expect(m.periodFrom == LocalDate(year: 2022, month: 8, day: 1))
        #expect(m.status == .draft)
        #expect(m.scopeID == nil)
    }

    @Test func everyBadFieldIsNamedInVietnamese() {
        var d = Self.valid
        d.year = "hai nghìn"
        d.title = " "
        d.periodFrom = "2022-09-30"
        d.periodTo = "2022-09-01"
        d.scopeKind = "bloc"
        d.codes = ["LDTT", "XYZ"]
        d.registrationDeadline = "31/02/2022"
        do {
            _ = try d.validated()
            Issue.record("accepted")
        } catch DomainError.invalid(let fields) {
            #expect(
                Set(fields.map(\.field)) == ["year", "title", "periodTo", "scopeID", "codes", "registrationDeadline"])
            #expect(fields.allSatisfy { !$0.message.isEmpty })
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func statusMovesForwardOnly() {
        #expect(Movement.Status.draft.next == [.launched])
        #expect(Movement.Status.launched.next == [.midTermReviewed, .closed])
        #expect(Movement.Status.midTermReviewed.next == [.closed])
        #expect(Movement.Status.closed.next.isEmpty)
    }
}
