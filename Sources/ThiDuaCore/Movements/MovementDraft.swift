import Foundation

/// A movement as typed in a form or sent to the API: text fields, checked into a `Movement`.
public struct MovementDraft: Sendable, Hashable, Codable {
    public var year: String
    public var kind: String
    public var scopeKind: String
    public var scopeID: String
    public var title: String
    public var theme: String
    public var slogans: String
    public var launchedBy: String
    public var periodFrom: String
    public var periodTo: String
    public var targets: String
    public var anniversaryID: String
    public var codes: [String]
    public var registrationDeadline: String

    public init(
        year: String = "", kind: String = "regular", scopeKind: String = "organization", scopeID: String = "",
        title: String = "",
        theme: String = "", slogans: String = "", launchedBy: String = "", periodFrom: String = "",
        periodTo: String = "",
        targets: String = "", anniversaryID: String = "", codes: [String] = [], registrationDeadline: String = ""
    ) {
        self.year = year
        self.kind = kind
        self.scopeKind = scopeKind
        self.scopeID = scopeID
        self.title = title
        self.theme = theme
        self.slogans = slogans
        self.launchedBy = launchedBy
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.targets = targets
        self.anniversaryID = anniversaryID
        self.codes = codes
        self.registrationDeadline = registrationDeadline
    }

    public init(_ m: Movement) {
        self.init(
            year: String(m.year), kind: m.kind.rawValue, scopeKind: m.scopeKind.rawValue,
            scopeID: m.scopeID?.uuidString.lowercased() ?? "",
            title: m.title, theme: m.theme, slogans: m.slogans.joined(separator: "\n"), launchedBy: m.launchedBy,
            periodFrom: m.periodFrom.iso, periodTo: m.periodTo.iso, targets: m.targets.joined(separator: "\n"),
            anniversaryID: m.anniversaryID?.uuidString.lowercased() ?? "", codes: m.codes,
            registrationDeadline: m.registrationDeadline?.iso ?? "")
    }

    /// Lines of a text area, normalised, blank ones dropped.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { VietnameseText.normalized(String($0)) }.filter { !$0.isEmpty }
    }

    /// Checks every field; the errors name the form's fields in Vietnamese. `id` and `version` keep an edit's identity.
    public func validated(id: UUID = UUID(), version: Int = 1, keeping current: Movement? = nil) throws -> Movement {
        var errors: [FieldError] = []
        let year = Int(self.year.trimmingCharacters(in: .whitespaces))
        if year == nil || !(1990...2100).contains(year!) {
            errors.append(FieldError("year", "Năm phải là một năm, ví dụ 2023."))
        }
        let kind = Movement.Kind(rawValue: self.kind)
        if kind == nil { errors.append(FieldError("kind", "Hãy chọn loại phong trào.")) }
        let scopeKind = Movement.ScopeKind(rawValue: self.scopeKind)
        if scopeKind == nil { errors.append(FieldError("scopeKind", "Hãy chọn phạm vi.")) }
        let scopeID = UUID(uuidString: self.scopeID.trimmingCharacters(in: .whitespaces))
        if let s = scopeKind, s != .organization, scopeID == nil {
            errors.append(FieldError("scopeID", s == .bloc ? "Hãy chọn khối, cụm thi đua." : "Hãy chọn đơn vị."))
        }
        let title = VietnameseText.normalized(self.title)
        if title.isEmpty { errors.append(FieldError("title", "Tên phong trào không được để trống.")) }
        if title.count > 300 { errors.append(FieldError("title", "Tên phong trào dài quá 300 ký tự.")) }
        let from = LocalDate(periodFrom.trimmingCharacters(in: .whitespaces))
        let to = LocalDate(periodTo.trimmingCharacters(in: .whitespaces))
        if from == nil { errors.append(FieldError("periodFrom", "Ngày bắt đầu không hợp lệ (ngày/tháng/năm).")) }
        if to == nil { errors.append(FieldError("periodTo", "Ngày kết thúc không hợp lệ (ngày/tháng/năm).")) }
        if let from, let to, to < from { errors.append(FieldError("periodTo", "Ngày kết thúc phải sau ngày bắt đầu.")) }
        var anniversary: UUID?
        if !anniversaryID.isEmpty {
            anniversary = UUID(uuidString: anniversaryID)
            if anniversary == nil { errors.append(FieldError("anniversaryID", "Ngày kỷ niệm không hợp lệ.")) }
        }
        let unknown = codes.filter { !$0.isEmpty && Catalogue.entry($0) == nil }
        if !unknown.isEmpty {
            errors.append(FieldError("codes", "Mã không có trong danh mục: \(unknown.joined(separator: ", "))."))
        }
        var deadline: LocalDate?
        if !registrationDeadline.trimmingCharacters(in: .whitespaces).isEmpty {
            deadline = LocalDate(registrationDeadline.trimmingCharacters(in: .whitespaces))
            if deadline == nil {
                errors.append(FieldError("registrationDeadline", "Hạn đăng ký không hợp lệ (ngày/tháng/năm)."))
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        var m =
            current
            ?? Movement(
                id: id, year: year!, kind: kind!, scopeKind: scopeKind!, scopeID: nil, title: title, periodFrom: from!,
                periodTo: to!)
        m.year = year!
        m.kind = kind!
        m.scopeKind = scopeKind!
        m.scopeID = scopeKind == .organization ? nil : scopeID
        m.title = title
        m.theme = VietnameseText.paragraphs(theme)
        m.slogans = Self.lines(slogans)
        m.launchedBy = VietnameseText.normalized(launchedBy)
        m.periodFrom = from!
        m.periodTo = to!
        m.targets = Self.lines(targets)
        m.anniversaryID = anniversary
        m.codes = codes.filter { !$0.isEmpty }
        m.registrationDeadline = deadline
        m.version = version
        return m
    }
}
