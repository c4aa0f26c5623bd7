import Foundation
import Testing

@testable import ThiDuaCore

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

/// True when the text has at least one Vietnamese letter with a diacritic (a tone or vowel mark, or đ).
private func hasVietnameseDiacritic(_ text: String) -> Bool {
    let vietnameseMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B]
    let scalars = text.decomposedStringWithCanonicalMapping.unicodeScalars
    return scalars.contains { vietnameseMarks.contains($0.value) || $0 == "\u{0111}" || $0 == "\u{0110}" }
}

/// Every user-facing error is Vietnamese (DESIGN §7), and every list pages the same way.
@Suite struct DomainErrorTests {

    @Test func diacriticDetectorIsNotTrivial() {
        // setup
        // MUT
        // validation: the helper below must be able to say no
        #expect(!hasVietnameseDiacritic("Invalid data. Please try again."))
        #expect(!hasVietnameseDiacritic(""))
        #expect(hasVietnameseDiacritic("đ"))
        #expect(hasVietnameseDiacritic("Hoà"))
        #expect(hasVietnameseDiacritic("Hoa\u{0300}"))
    }

    @Test(arguments: [
        DomainError.invalid([FieldError("name", "Tên đơn vị không được để trống.")]),
        .invalid([]),
        .notFound("đơn vị"),
        .forbidden,
        .staleVersion("Đơn vị Văn phòng"),
        .conflict("Mã đơn vị đã được dùng."),
        .tooManyAttempts(minutes: 15),
        .unauthenticated,
        .signInFailed,
    ])
    func everyMessageIsNonEmptyVietnamese(error: DomainError) {
        // setup
        // MUT
        let message = error.message
        // validation
        #expect(!message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(hasVietnameseDiacritic(message), "\(message)")
    }

    @Test func invalidMessageListsEveryFieldMessage() {
        // setup
        let errors = [
            FieldError("code", "Mã đơn vị không được để trống."),
            FieldError("name", "Tên đơn vị không được để trống."),
            FieldError("kind", "Hãy chọn loại đơn vị trong danh sách."),
        ]
        // MUT
        let message = DomainError.invalid(errors).message
        // validation
        #expect(message.hasPrefix("Dữ liệu chưa hợp lệ."))
        for error in errors {
            #expect(message.contains(error.message), "\(error.field)")
        }
        #expect(
            message
                == "Dữ liệu chưa hợp lệ. Mã đơn vị không được để trống. Tên đơn vị không được để trống. Hãy chọn loại đơn vị trong danh sách."
        )
    }

    @Test func messagesCarryTheirDetails() {
        // setup
        // MUT
        let notFound = DomainError.notFound("người").message
        let stale = DomainError.staleVersion("Hồ sơ của Lê Văn An").message
        let conflict = DomainError.conflict("Mã khối KTD đã được dùng. Hãy chọn mã khác.").message
        let attempts = DomainError.tooManyAttempts(minutes: 15).message
        // validation
        #expect(notFound.contains("người"))
        #expect(stale.hasPrefix("Hồ sơ của Lê Văn An"))
        #expect(conflict == "Mã khối KTD đã được dùng. Hãy chọn mã khác.")
        #expect(attempts.contains("15 phút"))
    }

    @Test func forbiddenRevealsNothingAboutTheRecord() {
        // setup
        // MUT
        let message = DomainError.forbidden.message
        // validation
        #expect(message == "Bạn không có quyền với bản ghi này. Nếu cần, hãy liên hệ quản trị hệ thống.")
    }

    @Test func fieldErrorRoundTripsThroughJSON() throws {
        // setup
        let error = FieldError("fullName", "Họ và tên không được để trống.")
        // MUT
        let data = try JSONEncoder().encode(error)
        let decoded = try JSONDecoder().decode(FieldError.self, from: data)
        // validation
        #expect(decoded == error)
        #expect(decoded.field == "fullName")
    }

    // MARK: ListQuery

    @Test func listQueryDefaults() {
        // setup
        // MUT
        let q = ListQuery()
        // validation
        #expect(q.text == nil)
        #expect(q.page == 1)
        #expect(q.perPage == 50)
        #expect(q.offset == 0)
    }

    @Test(arguments: [(-5, 1), (0, 1), (1, 1), (7, 7)])
    func listQueryClampsPageToAtLeastOne(page: Int, expected: Int) {
        // setup
        // MUT
        let q = ListQuery(page: page)
        // validation
        #expect(q.page == expected)
    }

    @Test(arguments: [(-1, 1), (0, 1), (1, 1), (50, 50), (200, 200), (201, 200), (10_000, 200)])
    func listQueryClampsPerPageTo1Through200(perPage: Int, expected: Int) {
        // setup
        // MUT
        let q = ListQuery(perPage: perPage)
        // validation
        #expect(q.perPage == expected)
    }

    @Test func listQueryOffset() {
        // setup
        // MUT
        let q = ListQuery(page: 3, perPage: 25)
        // validation
        #expect(q.offset == 50)
    }

    @Test func listQueryNormalizesTextToNFC() {
        // setup
        let input = "  Nguy\u{1EC5}n   V\u{0103}n\tHo\u{00E0} ".decomposedStringWithCanonicalMapping
        // MUT
        let q = ListQuery(text: input)
        // validation
        #expect(bytes(q.text ?? "") == bytes("Nguy\u{1EC5}n V\u{0103}n Ho\u{00E0}"))
    }

    @Test(arguments: [nil, "", "   ", "\t\n\u{00A0}"] as [String?])
    func blankTextBecomesNil(text: String?) {
        // setup
        // MUT
        let q = ListQuery(text: text)
        // validation
        #expect(q.text == nil)
    }

    // MARK: ListPage

    @Test(arguments: [
        (0, 50, 1), (1, 50, 1), (50, 50, 1), (51, 50, 2), (100, 50, 2), (101, 50, 3), (7, 1, 7), (399, 200, 2),
    ])
    func listPagePageCount(total: Int, perPage: Int, expected: Int) {
        // setup
        let page = ListPage<Int>(items: [], page: 1, perPage: perPage, total: total)
        // MUT
        let count = page.pageCount
        // validation
        #expect(count == expected)
    }

    @Test func listPageMapKeepsPaging() {
        // setup
        let page = ListPage(items: [1, 2, 3], page: 2, perPage: 3, total: 8)
        // MUT
        let mapped = page.map { "#\($0)" }
        // validation
        #expect(mapped.items == ["#1", "#2", "#3"])
        #expect(mapped.page == 2)
        #expect(mapped.perPage == 3)
        #expect(mapped.total == 8)
        #expect(mapped.pageCount == 3)
    }
}
