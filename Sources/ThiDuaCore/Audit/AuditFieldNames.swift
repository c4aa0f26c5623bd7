import Foundation

/// The Vietnamese names of what the audit log records: each audited table, and each field of the values it
/// stores (the JSON of the core types), with how a reader reads the field's value.
extension AuditReading {
    /// Every audited table and its name on screen, in the order the log's filter lists them.
    public static let entities: [(table: String, vietnamese: String)] = [
        ("org_units", "Đơn vị"), ("blocs", "Khối thi đua"), ("bloc_memberships", "Thành viên khối"),
        ("people", "Cán bộ"),
        ("history_entries", "Quá trình thi đua, khen thưởng"), ("accounts", "Tài khoản"),
        ("custom_award_codes", "Danh mục khen thưởng"),
        ("organization_settings", "Cài đặt"), ("anniversaries", "Ngày kỷ niệm"), ("movements", "Phong trào thi đua"),
        ("registrations", "Đăng ký thi đua"), ("pacts", "Giao ước thi đua"), ("pact_signatures", "Chữ ký giao ước"),
        ("exemplary_models", "Gương điển hình"),
    ]

    static let entityNames = Dictionary(uniqueKeysWithValues: entities.map { ($0.table, $0.vietnamese) })

    /// The settings documents by key (`organization_settings` records are named by their key).
    static let settingNames = ["eligibility": "Cài đặt xét điều kiện", "documents": "Cài đặt văn bản"]
}

/// How a field's value reads.
enum AuditFormat: Sendable, Equatable {
    /// A text as typed.
    case text
    /// `yyyy-mm-dd` → `dd/mm/yyyy`.
    case date
    /// A `Date` as Foundation encodes it (seconds since 2001) → the day in Vietnam.
    case moment
    case flag
    case number
    /// An enum's raw value → its Vietnamese name.
    case choice([String: String])
    /// A UUID → the record's name.
    case reference(AuditReading.Reference)
    case awardCode
    case awardCodes
    /// A list of lines (targets, slogans).
    case lines
    /// A movement's status changes.
    case statusHistory
    /// A registration's people and their codes.
    case individualTargets
    /// Kept in the raw JSON only.
    case hidden
    /// A field no list names: read by what the value looks like.
    case guess
}

struct AuditFieldSpec: Sendable {
    var key: String
    var label: String
    var format: AuditFormat

    init(_ key: String, _ label: String, _ format: AuditFormat = .text) {
        self.key = key
        self.label = label
        self.format = format
    }
}

enum AuditFieldNames {
    typealias Object = [String: JSONValue]
    private typealias F = AuditFieldSpec

    /// The fields of a stored value, in reading order. Labels and formats depend on the table, and for some
    /// tables on the value itself (a history entry's `value` is a rating, a scope or an award code by its kind).
    static func fields(of entity: String, in o: Object) -> [AuditFieldSpec] {
        switch entity {
        case "org_units":
            return [
                F("code", "Mã"), F("name", "Tên"), F("shortName", "Tên viết tắt"),
                F("kind", "Loại đơn vị", .choice(choices(OrgUnit.Kind.self, \.vietnamese))),
                F("parentID", "Đơn vị cấp trên", .reference(.unit)),
                F("activeFrom", "Ngày bắt đầu hoạt động", .date), F("activeTo", "Ngày ngừng hoạt động", .date),
            ]
        case "blocs":
            return [
                F("code", "Mã"), F("name", "Tên"), F("kind", "Loại", .choice(choices(Bloc.Kind.self, \.vietnamese))),
                F("note", "Ghi chú"), F("activeTo", "Ngày ngừng hoạt động", .date),
            ]
        case "bloc_memberships":
            return [
                F("unitID", "Đơn vị", .reference(.unit)), F("blocID", "Khối thi đua", .reference(.bloc)),
                F("year", "Năm", .number),
                F("role", "Vai trò", .choice(choices(BlocMembership.Role.self, \.vietnamese))),
                F("confirmed", "Đã xác nhận", .flag),
            ]
        case "people":
            return [
                F("fullName", "Họ và tên"),
                F("gender", "Giới tính", .choice(choices(Person.Gender.self, \.vietnamese))),
                F("category", "Đối tượng", .choice(choices(Person.Category.self, \.vietnamese))),
                F("birthYear", "Năm sinh", .number), F("unitID", "Đơn vị", .reference(.unit)), F("position", "Chức vụ"),
                F("status", "Trạng thái", .choice(choices(Person.Status.self, \.vietnamese))),
            ]
        case "history_entries":
            return o["entry"] == nil ? historyEntry(o) : withdrawal
        case "accounts":
            return [
                F("username", "Tên đăng nhập"), F("displayName", "Tên hiển thị"),
                F("role", "Vai trò", .choice(choices(Role.self, \.vietnamese))),
                F("unitID", "Đơn vị", .reference(.unit)), F("blocID", "Khối thi đua", .reference(.bloc)),
                F("active", "Đang hoạt động", .flag),
            ]
        case "custom_award_codes":
            return [
                F("code", "Mã"), F("name", "Tên"),
                F("kind", "Loại", .choice(choices(AwardCode.Kind.self, \.vietnamese))),
                F("subjectKind", "Dành cho", .choice(choices(SubjectKind.self, \.vietnamese))),
                F("builtIn", "", .hidden),
            ]
        case "organization_settings":
            // The two settings documents; their keys do not overlap. Labels as on their pages.
            return [
                F("referenceMonth", "Tháng tham chiếu", .number), F("referenceDay", "Ngày tham chiếu", .number),
                F("cstdcsQuotaPercentOld", "CSTĐCS trên số LĐTT, chế độ cũ (%)", .number),
                F("cstdcsQuotaPercent", "CSTĐCS trên số LĐTT, từ 2024 (%)", .number),
                F("coCPQuotaPercentOld", "Cờ thi đua của Chính phủ trên số tập thể dẫn đầu, chế độ cũ (%)", .number),
                F("coCPQuotaPercent", "Cờ thi đua của Chính phủ, từ 2024 (%)", .number),
                F("coBoRequiresTTLDXS", "Cờ thi đua cấp bộ đòi hỏi Tập thể lao động xuất sắc", .flag),
                F("parentBody", "Cơ quan chủ quản"), F("issuingBody", "Cơ quan ban hành"), F("place", "Địa danh"),
                F("planSymbol", "Ký hiệu kế hoạch"), F("signerPosition", "Chức vụ người ký"),
                F("signerName", "Họ tên người ký"),
            ]
        case "anniversaries":
            return [
                F("name", "Tên"), F("originDate", "Ngày gốc", .date),
                F("kind", "Loại", .choice(choices(Anniversary.Kind.self, \.vietnamese))),
                F("active", "Đang dùng", .flag),
            ]
        case "movements":
            let scope = Movement.ScopeKind(rawValue: o["scopeKind"]?.text ?? "")
            return [
                F("title", "Tên phong trào"), F("year", "Năm", .number),
                F("kind", "Loại phong trào", .choice(choices(Movement.Kind.self, \.vietnamese))),
                F("scopeKind", "Phạm vi", .choice(choices(Movement.ScopeKind.self, \.vietnamese))),
                F(
                    "scopeID", scope == .bloc ? "Khối thi đua" : "Đơn vị",
                    scope == .bloc ? .reference(.bloc) : .reference(.unit)),
                F("theme", "Chủ đề"), F("slogans", "Khẩu hiệu", .lines), F("launchedBy", "Người, cơ quan phát động"),
                F("periodFrom", "Từ ngày", .date), F("periodTo", "Đến ngày", .date), F("targets", "Chỉ tiêu", .lines),
                F("anniversaryID", "Ngày kỷ niệm", .reference(.anniversary)),
                F("codes", "Danh hiệu, hình thức hướng tới", .awardCodes),
                F("registrationDeadline", "Hạn đăng ký thi đua", .date),
                F("status", "Trạng thái", .choice(choices(Movement.Status.self, \.vietnamese))),
                F("history", "Quá trình", .statusHistory),
                F("planNumber", "Số kế hoạch", .number), F("results", "Kết quả"),
                F("resultsPublished", "Đã công bố kết quả", .flag),
                F("bulletinHeld", "Chờ duyệt lên bản tin", .flag),
            ]
        case "registrations":
            return [
                F("movementID", "Phong trào", .reference(.movement)), F("unitID", "Đơn vị", .reference(.unit)),
                F("collectiveCodes", "Đăng ký tập thể", .awardCodes),
                F("individual", "Đăng ký cá nhân", .individualTargets),
                F("registeredBy", "Người đăng ký"), F("registeredOn", "Ngày đăng ký", .date),
            ]
        case "pacts":
            return [F("blocID", "Khối thi đua", .reference(.bloc)), F("year", "Năm", .number), F("text", "Nội dung")]
        case "pact_signatures":
            // A pact has no name of its own: the signing unit names the record.
            return [
                F("unitID", "Đơn vị", .reference(.unit)), F("signedBy", "Người ký"), F("account", "Tài khoản ghi nhận"),
                F("signedOn", "Ngày ký", .date), F("pactID", "", .hidden),
            ]
        case "exemplary_models":
            let collective = o["subjectKind"]?.text == SubjectKind.collective.rawValue
            return [
                F("name", "Tên"),
                F("subjectKind", "Cá nhân hay tập thể", .choice(choices(SubjectKind.self, \.vietnamese))),
                F("subjectID", collective ? "Tập thể" : "Cá nhân", .reference(collective ? .unit : .person)),
                F("year", "Năm", .number), F("summary", "Nội dung"), F("published", "Đã công bố", .flag),
                F("publishedOn", "Ngày công bố", .date),
            ]
        default:
            return []
        }
    }

    private static func historyEntry(_ o: Object) -> [AuditFieldSpec] {
        let kind = HistoryEntry.Kind(rawValue: o["kind"]?.text ?? "")
        let collective = o["subjectKind"]?.text == SubjectKind.collective.rawValue
        let value: AuditFieldSpec
        switch kind {
        case .rating: value = F("value", "Xếp loại", .choice(choices(Rating.self, \.vietnamese)))
        case .initiative: value = F("value", "Phạm vi công nhận", .choice(choices(InitiativeScope.self, \.vietnamese)))
        case .discipline: value = F("value", "Hình thức kỷ luật", .choice(choices(DisciplineForm.self, \.vietnamese)))
        case .pending: value = F("value", "Loại việc", .choice(choices(PendingKind.self, \.vietnamese)))
        case .award: value = F("value", "Danh hiệu, hình thức khen thưởng", .awardCode)
        case nil: value = F("value", "Nội dung")
        }
        // As the history form labels them for each kind.
        let authority =
            kind == .initiative ? "Cơ quan công nhận" : kind == .award ? "Cơ quan ban hành" : "Cơ quan ra quyết định"
        return [
            F("subjectID", collective ? "Tập thể" : "Cá nhân", .reference(collective ? .unit : .person)),
            F("subjectKind", "", .hidden),
            F("kind", "Loại thông tin", .choice(choices(HistoryEntry.Kind.self, \.vietnamese))),
            F("year", "Năm", .number), value,
            F("title", kind == .initiative ? "Tên sáng kiến, đề tài" : "Ghi chú"),
            F("from", "Từ ngày", .date), F("to", "Đến ngày", .date), F("decisionNumber", "Số quyết định"),
            F("decisionDate", "Ngày quyết định", .date), F("authority", authority),
            F("commendationType", "Loại hình khen thưởng", .choice(choices(CommendationType.self, \.vietnamese))),
            F("revoked", "Đã thu hồi", .flag),
        ]
    }

    /// A withdrawn entry (`WithdrawnEntry`): the entry itself names the record, the rest says why and by whom.
    private static let withdrawal = [
        F("reason", "Lý do rút"), F("withdrawnBy", "Người rút"), F("withdrawnAt", "Ngày rút", .moment),
        F("entry", "", .hidden),
    ]

    /// Never shown: identity and bookkeeping, hashes, search keys.
    static func isBookkeeping(_ key: String) -> Bool {
        let k = key.lowercased()
        return k == "id" || k == "version" || k.hasSuffix("hash") || k.hasSuffix("searchkey") || k.hasSuffix("folded")
    }

    static func choices<E: CaseIterable & RawRepresentable>(_ type: E.Type, _ name: KeyPath<E, String>) -> [String:
        String] where E.RawValue == String
    {
        Dictionary(uniqueKeysWithValues: E.allCases.map { ($0.rawValue, $0[keyPath: name]) })
    }
}

extension JSONValue {
    /// The string, when the value is one.
    var text: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
