import Foundation

/// What a form, a JSON body or an import row may say about one history fact. Every field is text,
/// as typed; `validated` turns it into a `HistoryEntry` or Vietnamese errors.
public struct HistoryDraft: Sendable, Hashable, Codable {
    public var kind: String
    public var year: String
    public var value: String
    public var title: String
    public var from: String
    public var to: String
    public var decisionNumber: String
    public var decisionDate: String
    public var authority: String
    public var commendationType: String
    public var revoked: Bool

    public init(
        kind: String, year: String = "", value: String = "", title: String = "", from: String = "", to: String = "",
        decisionNumber: String = "", decisionDate: String = "", authority: String = "",
        commendationType: String = "", revoked: Bool = false
    ) {
        self.kind = kind
        self.year = year
        self.value = value
        self.title = title
        self.from = from
        self.to = to
        self.decisionNumber = decisionNumber
        self.decisionDate = decisionDate
        self.authority = authority
        self.commendationType = commendationType
        self.revoked = revoked
    }

    private enum CodingKeys: String, CodingKey {
        case kind, year, value, title, from, to, decisionNumber, decisionDate, authority, commendationType, revoked
    }

    /// JSON may give the year as a number and leave out what does not apply.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        var year = ""
        if let n = try? c.decodeIfPresent(Int.self, forKey: .year) { year = String(n) } else { year = try text(.year) }
        self.init(
            kind: try text(.kind), year: year, value: try text(.value), title: try text(.title), from: try text(.from),
            to: try text(.to), decisionNumber: try text(.decisionNumber), decisionDate: try text(.decisionDate),
            authority: try text(.authority), commendationType: try text(.commendationType),
            revoked: try c.decodeIfPresent(Bool.self, forKey: .revoked) ?? false)
    }

    /// `codes` are the codes an award may use (built-in and the organization's own).
    public func validated(
        subjectKind: SubjectKind, subjectID: UUID, codes: [String: AwardCode], today: LocalDate = .today(),
        id: UUID = UUID(), version: Int = 1
    ) throws -> HistoryEntry {
        var errors: [FieldError] = []
        guard let kind = HistoryEntry.Kind(rawValue: kind) else {
            throw DomainError.invalid([FieldError("kind", "Loại thông tin không hợp lệ.")])
        }
        func date(_ raw: String, _ field: String, _ label: String, required: Bool) -> LocalDate? {
            let t = raw.trimmingCharacters(in: .whitespaces)
            if t.isEmpty {
                if required { errors.append(FieldError(field, "\(label) không được để trống.")) }
                return nil
            }
            guard let d = LocalDate(t) else {
                errors.append(FieldError(field, "\(label) không hợp lệ (\(t)). Nhập dạng dd/mm/yyyy."))
                return nil
            }
            if d > today {
                errors.append(FieldError(field, "\(label) (\(d.vietnamese)) ở tương lai. Hãy kiểm tra lại."))
            }
            return d
        }
        var yearValue: Int?
        let yearText = year.trimmingCharacters(in: .whitespaces)
        if [.rating, .initiative, .award].contains(kind) {
            if yearText.isEmpty {
                errors.append(FieldError("year", "Năm không được để trống."))
            } else if let y = Int(yearText) {
                if y > today.year {
                    errors.append(FieldError("year", "Năm \(y) ở tương lai. Chỉ nhập những năm đã qua hoặc năm nay."))
                } else if y < 1945 {
                    errors.append(FieldError("year", "Năm \(y) không hợp lệ (từ 1945 trở đi)."))
                } else {
                    yearValue = y
                }
            } else {
                errors.append(FieldError("year", "Năm phải là số, ví dụ 2023."))
            }
        }
        let raw = VietnameseText.normalized(value)
        var stored = raw
        var commendation: CommendationType?
        switch kind {
        case .rating:
            if let r = Self.match(raw, Rating.allCases, \.vietnamese) {
                stored = r.rawValue
            } else {
                errors.append(
                    FieldError(
                        "value",
                        "Xếp loại phải là một trong: \(Rating.allCases.reversed().map(\.vietnamese).joined(separator: "; "))."
                    ))
            }
        case .initiative:
            if let s = Self.match(raw, InitiativeScope.allCases, \.vietnamese) {
                stored = s.rawValue
            } else {
                errors.append(
                    FieldError("value", "Phạm vi công nhận phải là: cấp cơ sở, cấp bộ/ngành/tỉnh hoặc toàn quốc."))
            }
            if VietnameseText.normalized(title).isEmpty {
                errors.append(FieldError("title", "Tên sáng kiến, đề tài không được để trống."))
            }
        case .discipline:
            if let f = Self.match(raw, DisciplineForm.allCases, \.vietnamese) {
                stored = f.rawValue
            } else {
                errors.append(
                    FieldError(
                        "value",
                        "Hình thức kỷ luật phải là: \(DisciplineForm.allCases.map(\.vietnamese).joined(separator: ", "))."
                    ))
            }
        case .pending:
            if let p = Self.match(raw, PendingKind.allCases, \.vietnamese) {
                stored = p.rawValue
            } else {
                errors.append(FieldError("value", "Hãy chọn: điều tra, thanh tra/kiểm tra hoặc khiếu nại/tố cáo."))
            }
        case .award:
            let code = raw.uppercased()
            if let c = codes[code] {
                stored = c.code
                if let k = c.subjectKind, k != subjectKind {
                    errors.append(FieldError("value", "\(c.name) chỉ dành cho \(k.vietnamese.lowercased())."))
                }
            } else if let c = codes.values.first(where: {
                VietnameseText.searchKey($0.name) == VietnameseText.searchKey(raw)
            }) {
                stored = c.code
            } else {
                errors.append(FieldError("value", "Mã danh hiệu, khen thưởng “\(raw)” không có trong danh mục."))
            }
            let typeText = commendationType.trimmingCharacters(in: .whitespaces)
            if typeText.isEmpty {
                commendation = .regular
            } else if let t = Self.match(typeText, CommendationType.allCases, \.vietnamese) {
                commendation = t
            } else {
                errors.append(FieldError("commendationType", "Loại hình khen thưởng không hợp lệ."))
            }
        }
        let needsPeriod = kind == .discipline || kind == .pending
        let fromDate = date(from, "from", needsPeriod ? "Ngày bắt đầu" : "Ngày", required: needsPeriod)
        let toDate = date(to, "to", "Ngày kết thúc", required: false)
        if let f = fromDate, let t = toDate, t < f {
            errors.append(FieldError("to", "Ngày kết thúc phải sau ngày bắt đầu."))
        }
        let decisionDate = date(self.decisionDate, "decisionDate", "Ngày quyết định", required: false)
        guard errors.isEmpty, let detail = HistoryEntry.Detail(kind: kind, value: stored) else {
            throw DomainError.invalid(errors.isEmpty ? [FieldError("value", "Giá trị không hợp lệ.")] : errors)
        }
        return HistoryEntry(
            id: id, subjectKind: subjectKind, subjectID: subjectID, detail, year: yearValue,
            title: VietnameseText.normalized(title), from: needsPeriod ? fromDate : nil, to: needsPeriod ? toDate : nil,
            decisionNumber: VietnameseText.normalized(decisionNumber), decisionDate: decisionDate,
            authority: VietnameseText.normalized(authority), commendationType: commendation,
            revoked: kind == .award && revoked, version: version)
    }

    /// Accepts the code (`excellent`), the Vietnamese name, or words that name only one value
    /// (“xuất sắc”, “co so”), typed with or without diacritics.
    static func match<T: RawRepresentable>(_ text: String, _ all: [T], _ name: KeyPath<T, String>) -> T?
    where T.RawValue == String {
        let key = VietnameseText.searchKey(text)
        guard !key.isEmpty else { return nil }
        if let exact = all.first(where: {
            $0.rawValue.lowercased() == key || VietnameseText.searchKey($0[keyPath: name]) == key
        }) {
            return exact
        }
        let partial = all.filter { (" " + VietnameseText.searchKey($0[keyPath: name]) + " ").contains(" " + key + " ") }
        return partial.count == 1 ? partial[0] : nil
    }

    /// The draft that shows an entry again in a form.
    public init(_ e: HistoryEntry) {
        self.init(
            kind: e.kind.rawValue, year: e.year.map(String.init) ?? "", value: e.value, title: e.title,
            from: e.from?.vietnamese ?? "", to: e.to?.vietnamese ?? "", decisionNumber: e.decisionNumber,
            decisionDate: e.decisionDate?.vietnamese ?? "", authority: e.authority,
            commendationType: e.commendationType?.rawValue ?? "", revoked: e.revoked)
    }
}
