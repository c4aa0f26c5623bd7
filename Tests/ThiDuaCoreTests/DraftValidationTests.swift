import Foundation
import Testing

@testable import ThiDuaCore

// Swift's String == uses canonical equivalence, so NFC/NFD differences are checked on UTF-8 bytes.
private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
private func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
private func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

/// Runs `body`, expects `DomainError.invalid`, and returns its field errors ([] if anything else happened).
private func fieldErrors<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) -> [FieldError] {
    do {
        let value = try body()
        Issue.record("expected DomainError.invalid, got \(value)", sourceLocation: sourceLocation)
    } catch let DomainError.invalid(errors) {
        return errors
    } catch {
        Issue.record("expected DomainError.invalid, got \(error)", sourceLocation: sourceLocation)
    }
    return []
}

private func fields(_ errors: [FieldError]) -> [String] { errors.map(\.field) }

/// True when the text has at least one Vietnamese letter with a diacritic (a tone or vowel mark, or đ).
private func hasVietnameseDiacritic(_ text: String) -> Bool {
    let vietnameseMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B]
    return nfd(text).unicodeScalars.contains {
        vietnameseMarks.contains($0.value) || $0 == "\u{0111}" || $0 == "\u{0110}"
    }
}

// MARK: - OrgUnitDraft

@Suite struct OrgUnitDraftValidationTests {

    @Test func upperCasesCodeAndNormalizesTextToNFC() throws {
        // setup
        let name = nfc("Quỹ Phát triển Hợp tác xã")
        let draft = OrgUnitDraft(
            code: "  dv01 ", name: "  " + nfd(name) + "\t", shortName: nfd("Quỹ  PTHTX"),
            kind: "publicServiceUnit")
        let id = UUID()
        // MUT
        let unit = try draft.validated(id: id, version: 3)
        // validation
        #expect(unit.code == "DV01")
        #expect(bytes(unit.name) == bytes(name))
        #expect(bytes(unit.shortName) == bytes(nfc("Quỹ PTHTX")))
        #expect(unit.kind == .publicServiceUnit)
        #expect(unit.id == id)
        #expect(unit.version == 3)
        #expect(unit.activeFrom == nil)
        #expect(unit.activeTo == nil)
    }

    @Test func emptyShortNameDefaultsToName() throws {
        // setup
        let draft = OrgUnitDraft(code: "BTDKT", name: "Ban Thi đua - Khen thưởng", shortName: "  ", kind: "department")
        // MUT
        let unit = try draft.validated()
        // validation
        #expect(unit.shortName == "Ban Thi đua - Khen thưởng")
    }

    @Test func emptyCodeIsRejected() {
        // setup
        let draft = OrgUnitDraft(code: "   ", name: "Văn phòng", kind: "department")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["code"])
        #expect(errors.first?.message == "Mã đơn vị không được để trống.")
    }

    @Test(arguments: ["ĐV01", "DV 01", "DV01!", String(repeating: "A", count: 33)])
    func badCodeIsRejected(code: String) {
        // setup
        let draft = OrgUnitDraft(code: code, name: "Văn phòng", kind: "department")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["code"])
        #expect(errors.first?.message.contains("chữ không dấu") == true)
    }

    @Test func codeWithDashUnderscoreAndDigitsIsAccepted() throws {
        // setup
        let draft = OrgUnitDraft(
            code: "lm-dlk_2", name: "Liên minh Hợp tác xã tỉnh Đắk Lắk", kind: "provincialAlliance")
        // MUT
        let unit = try draft.validated()
        // validation
        #expect(unit.code == "LM-DLK_2")
    }

    @Test func emptyNameIsRejected() {
        // setup
        let draft = OrgUnitDraft(code: "VP", name: " \u{00A0} ", kind: "department")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["name"])
        #expect(errors.first?.message == "Tên đơn vị không được để trống.")
    }

    @Test func unknownKindIsRejected() {
        // setup
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "ministry")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["kind"])
        #expect(errors.first?.message == "Hãy chọn loại đơn vị trong danh sách.")
    }

    @Test(arguments: ["31/04/2023", "2023-02-29", "hôm qua", "2023/01/06"])
    func badActiveFromIsRejected(raw: String) {
        // setup
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "department", activeFrom: raw)
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["activeFrom"])
        #expect(errors.first?.message.contains("dd/mm/yyyy") == true)
    }

    @Test(arguments: ["06/01/2023", "2023-01-06", " 6/1/2023 "])
    func activeFromAcceptsVietnameseAndISODates(raw: String) throws {
        // setup
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "department", activeFrom: raw)
        // MUT
        let unit = try draft.validated()
        // validation
        #expect(unit.activeFrom == LocalDate(year: 2023, month: 1, day: 6))
    }

    @Test func blankActiveFromMeansNoDate() throws {
        // setup
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "department", activeFrom: "  ")
        // MUT
        let unit = try draft.validated()
        // validation
        #expect(unit.activeFrom == nil)
    }

    @Test func unitCannotBeItsOwnParent() {
        // setup
        let id = UUID()
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "department", parentID: id)
        // MUT
        let errors = fieldErrors { try draft.validated(id: id) }
        // validation
        #expect(fields(errors) == ["parentID"])
        #expect(errors.first?.message == "Đơn vị không thể là cấp trên của chính nó.")
    }

    @Test func otherParentIsKept() throws {
        // setup
        let parent = UUID()
        let draft = OrgUnitDraft(code: "VP", name: "Văn phòng", kind: "department", parentID: parent)
        // MUT
        let unit = try draft.validated()
        // validation
        #expect(unit.parentID == parent)
    }

    @Test func everyProblemIsReportedAtOnceInVietnamese() {
        // setup
        let id = UUID()
        let draft = OrgUnitDraft(code: "", name: "", kind: "", parentID: id, activeFrom: "32/13/2023")
        // MUT
        let errors = fieldErrors { try draft.validated(id: id) }
        // validation
        #expect(fields(errors) == ["code", "name", "kind", "activeFrom", "parentID"])
        for error in errors {
            #expect(hasVietnameseDiacritic(error.message), "\(error.field): \(error.message)")
        }
    }
}

// MARK: - BlocDraft

@Suite struct BlocDraftValidationTests {

    @Test func upperCasesCodeAndNormalizesTextToNFC() throws {
        // setup
        let name = nfc("Khối thi đua các đơn vị sự nghiệp")
        let draft = BlocDraft(code: " ktd-sndn ", name: nfd(name), kind: "bloc", note: nfd("  Ghi   chú "))
        let id = UUID()
        // MUT
        let bloc = try draft.validated(id: id, version: 2)
        // validation
        #expect(bloc.code == "KTD-SNDN")
        #expect(bytes(bloc.name) == bytes(name))
        #expect(bytes(bloc.note) == bytes(nfc("Ghi chú")))
        #expect(bloc.kind == .bloc)
        #expect(bloc.id == id)
        #expect(bloc.version == 2)
        #expect(bloc.activeTo == nil)
    }

    @Test func clusterKindIsAccepted() throws {
        // setup
        let draft = BlocDraft(code: "CTD-TN", name: "Cụm thi đua 5 tỉnh Tây Nguyên", kind: "cluster")
        // MUT
        let bloc = try draft.validated()
        // validation
        #expect(bloc.kind == .cluster)
    }

    @Test(arguments: ["", "KHỐI-1", "KTD SNDN", String(repeating: "K", count: 33)])
    func badCodeIsRejected(code: String) {
        // setup
        let draft = BlocDraft(code: code, name: "Khối thi đua", kind: "bloc")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["code"])
        #expect(errors.first?.message.contains("Mã khối") == true)
    }

    @Test func emptyNameIsRejected() {
        // setup
        let draft = BlocDraft(code: "KTD", name: "   ", kind: "bloc")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["name"])
        #expect(errors.first?.message == "Tên khối không được để trống.")
    }

    @Test func unknownKindIsRejected() {
        // setup
        let draft = BlocDraft(code: "KTD", name: "Khối thi đua", kind: "group")
        // MUT
        let errors = fieldErrors { try draft.validated() }
        // validation
        #expect(fields(errors) == ["kind"])
        #expect(errors.first?.message == "Hãy chọn khối thi đua hoặc cụm thi đua.")
    }
}

// MARK: - PersonDraft

@Suite struct PersonDraftValidationTests {

    private static let year = 2025
    private static let unit = UUID()

    private func draft(
        name: String = "Lê Văn An", gender: String = "male", birthYear: Int? = 1980,
        unitID: UUID? = PersonDraftValidationTests.unit, position: String = "Chuyên viên",
        status: String? = nil
    ) -> PersonDraft {
        PersonDraft(
            fullName: name, gender: gender, birthYear: birthYear, unitID: unitID, position: position, status: status)
    }

    @Test func nfdNameBecomesNFCBytesWithSpacesCollapsed() throws {
        // setup
        let expected = nfc("Nguyễn Văn Hòa")
        let input = "  " + nfd("Nguyễn   Văn\u{00A0}Hòa") + " \n"
        #expect(bytes(input) != bytes(expected))  // the fixture really is NFD and untidy
        // MUT
        let person = try draft(name: input, position: nfd(" Trưởng  phòng ")).validated(currentYear: Self.year)
        // validation
        #expect(bytes(person.fullName) == bytes(expected))
        #expect(bytes(person.position) == bytes(nfc("Trưởng phòng")))
        #expect(person.gender == .male)
        #expect(person.birthYear == 1980)
        #expect(person.unitID == Self.unit)
    }

    @Test func statusDefaultsToWorking() throws {
        // setup
        let noStatus = draft(status: nil)
        let emptyStatus = draft(status: "")
        // MUT
        let a = try noStatus.validated(currentYear: Self.year)
        let b = try emptyStatus.validated(currentYear: Self.year)
        // validation
        #expect(a.status == .working)
        #expect(b.status == .working)
    }

    @Test func givenStatusIsKept() throws {
        // setup
        let d = draft(gender: "female", status: "retired")
        // MUT
        let person = try d.validated(currentYear: Self.year)
        // validation
        #expect(person.status == .retired)
        #expect(person.gender == .female)
    }

    @Test func fallbackUnitIsUsedWhenDraftHasNone() throws {
        // setup
        let fallback = UUID()
        let d = draft(unitID: nil)
        // MUT
        let person = try d.validated(unitID: fallback, currentYear: Self.year)
        // validation
        #expect(person.unitID == fallback)
    }

    @Test func emptyNameIsRejected() {
        // setup
        let d = draft(name: "   ")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["fullName"])
        #expect(errors.first?.message == "Họ và tên không được để trống.")
    }

    @Test func oneWordNameIsRejected() {
        // setup
        let d = draft(name: "  Bằng  ")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["fullName"])
        #expect(errors.first?.message == "Hãy nhập đủ họ và tên (ít nhất hai từ).")
    }

    @Test func digitsInNameAreRejected() {
        // setup
        let d = draft(name: "Nguyễn Văn 2")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["fullName"])
        #expect(errors.first?.message == "Họ và tên không được chứa chữ số.")
    }

    @Test(arguments: [1899, 2012, 2030])
    func birthYearOutOfRangeIsRejected(year: Int) {
        // setup: with currentYear 2025 the range is 1900...2011
        let d = draft(birthYear: year)
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["birthYear"])
        #expect(errors.first?.message == "Năm sinh phải từ 1900 đến 2011.")
    }

    @Test(arguments: [1900, 2011])
    func birthYearBoundsAreAccepted(year: Int) throws {
        // setup
        let d = draft(birthYear: year)
        // MUT
        let person = try d.validated(currentYear: Self.year)
        // validation
        #expect(person.birthYear == year)
    }

    @Test func missingBirthYearIsAllowed() throws {
        // setup
        let d = draft(birthYear: nil)
        // MUT
        let person = try d.validated(currentYear: Self.year)
        // validation
        #expect(person.birthYear == nil)
    }

    @Test func missingUnitIsRejected() {
        // setup
        let d = draft(unitID: nil)
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["unitID"])
        #expect(errors.first?.message == "Hãy chọn đơn vị công tác.")
    }

    @Test func unknownGenderIsRejected() {
        // setup
        let d = draft(gender: "Nam")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["gender"])
        #expect(errors.first?.message == "Hãy chọn giới tính.")
    }

    @Test func unknownStatusIsRejected() {
        // setup
        let d = draft(status: "fired")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["status"])
        #expect(errors.first?.message == "Trạng thái không hợp lệ.")
    }

    @Test func categoryDefaultsToPublicEmployee() throws {
        // setup
        let d = draft()
        // MUT
        let person = try d.validated(currentYear: Self.year)
        // validation
        #expect(d.category.isEmpty)
        #expect(person.category == .publicEmployee)
    }

    @Test(arguments: Person.Category.allCases)
    func givenCategoryIsKept(category: Person.Category) throws {
        // setup
        var d = draft()
        d.category = category.rawValue
        // MUT
        let person = try d.validated(currentYear: Self.year)
        // validation
        #expect(person.category == category)
    }

    @Test(arguments: ["soldier", "Viên chức", "PUBLICEMPLOYEE"])
    func unknownCategoryIsRejected(raw: String) {
        // setup: only the stored codes; the Vietnamese names are for files, not for forms
        var d = draft()
        d.category = raw
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["category"])
        #expect(errors.first?.message == "Đối tượng không hợp lệ.")
    }

    @Test func everyProblemIsReportedAtOnceInVietnamese() {
        // setup
        let d = PersonDraft(fullName: "An1", gender: "x", birthYear: 1800, unitID: nil, status: "gone")
        // MUT
        let errors = fieldErrors { try d.validated(currentYear: Self.year) }
        // validation
        #expect(fields(errors) == ["fullName", "fullName", "gender", "birthYear", "unitID", "status"])
        for error in errors {
            #expect(hasVietnameseDiacritic(error.message), "\(error.field): \(error.message)")
        }
    }
}

// MARK: - Account.validate

@Suite struct AccountValidationTests {

    @Test func validAccountsPass() throws {
        // setup
        let unit = UUID()
        let bloc = UUID()
        // MUT
        // validation: no throw
        try Account.validate(username: "admin", password: "12345678", role: .admin, unitID: nil, blocID: nil)
        try Account.validate(
            username: "canbo.01_x-y", password: "mật khẩu dài", role: .unitOfficer, unitID: unit, blocID: nil)
        try Account.validate(username: "thuky", password: "longenough", role: .blocSecretary, unitID: nil, blocID: bloc)
        try Account.validate(username: "lanhdao", password: "abcdefgh", role: .leader, unitID: nil, blocID: nil)
        try Account.validate(username: "hoidong", password: "abcdefgh", role: .councilMember, unitID: nil, blocID: nil)
    }

    @Test func demoPasswordIsAllowedDespiteLength() throws {
        // setup
        let password = DemoData.password
        #expect(password == "demo")
        // MUT
        // validation: no throw
        try Account.validate(username: "admin", password: password, role: .admin, unitID: nil, blocID: nil)
    }

    @Test(arguments: ["", "1234567", "demo1", "Demo"])
    func shortPasswordIsRejected(password: String) {
        // setup
        // MUT
        let errors = fieldErrors {
            try Account.validate(username: "admin", password: password, role: .admin, unitID: nil, blocID: nil)
        }
        // validation
        #expect(fields(errors) == ["password"])
        #expect(errors.first?.message == "Mật khẩu phải có ít nhất 8 ký tự.")
    }

    @Test func unitOfficerNeedsUnit() {
        // setup
        // MUT
        let errors = fieldErrors {
            try Account.validate(
                username: "canbo01", password: "12345678", role: .unitOfficer, unitID: nil, blocID: UUID())
        }
        // validation
        #expect(fields(errors) == ["unit"])
        #expect(errors.first?.message == "Cán bộ thi đua đơn vị phải gắn với một đơn vị.")
    }

    @Test func blocSecretaryNeedsBloc() {
        // setup
        // MUT
        let errors = fieldErrors {
            try Account.validate(
                username: "thuky", password: "12345678", role: .blocSecretary, unitID: UUID(), blocID: nil)
        }
        // validation
        #expect(fields(errors) == ["bloc"])
        #expect(errors.first?.message == "Thư ký khối phải gắn với một khối thi đua.")
    }

    @Test(arguments: ["", "   ", "nguyễn", "can bo", "a@b", "user/1", String(repeating: "u", count: 65)])
    func badUsernameIsRejected(username: String) {
        // setup
        // MUT
        let errors = fieldErrors {
            try Account.validate(username: username, password: "12345678", role: .admin, unitID: nil, blocID: nil)
        }
        // validation
        #expect(fields(errors) == ["username"])
        #expect(errors.first?.message.contains("Tên đăng nhập") == true)
    }

    @Test func usernameOf64CharactersIsAccepted() throws {
        // setup
        let username = String(repeating: "u", count: 64)
        // MUT
        // validation: no throw
        try Account.validate(username: username, password: "12345678", role: .admin, unitID: nil, blocID: nil)
    }

    @Test func everyProblemIsReportedAtOnce() {
        // setup
        // MUT
        let errors = fieldErrors {
            try Account.validate(username: "", password: "x", role: .unitOfficer, unitID: nil, blocID: nil)
        }
        // validation
        #expect(fields(errors) == ["username", "password", "unit"])
    }
}
