/// What a file can bring in. Each kind has Vietnamese column headers, matched without diacritics or
/// case, and a natural key, so that importing the same file twice changes nothing.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case units, people, ratings, initiatives, awards

    public var vietnamese: String {
        switch self {
        case .units: return "Đơn vị"
        case .people: return "Cán bộ"
        case .ratings: return "Xếp loại hằng năm"
        case .initiatives: return "Sáng kiến, đề tài"
        case .awards: return "Danh hiệu, khen thưởng đã có"
        }
    }

    /// The Vietnamese file name stem of templates and exports.
    public var fileStem: String {
        switch self {
        case .units: return "don-vi"
        case .people: return "can-bo"
        case .ratings: return "xep-loai"
        case .initiatives: return "sang-kien"
        case .awards: return "khen-thuong"
        }
    }

    public struct Column: Sendable, Hashable {
        public var key: String
        public var header: String
        public var required: Bool
        /// Other headers accepted for this column.
        public var aliases: [String]

        init(_ key: String, _ header: String, required: Bool = false, aliases: [String] = []) {
            self.key = key
            self.header = header
            self.required = required
            self.aliases = aliases
        }
    }

    /// Who a history row is about: an exported id, or name + birth year + unit for a person, or the unit itself.
    static let subjectColumns: [Column] = [
        Column("id", "Mã định danh", aliases: ["ID"]),
        Column("subjectKind", "Đối tượng", aliases: ["Cá nhân/Tập thể"]),
        Column("fullName", "Họ và tên", aliases: ["Họ tên", "Tên"]),
        Column("birthYear", "Năm sinh"),
        Column("unit", "Mã đơn vị", required: true, aliases: ["Đơn vị"]),
    ]

    public var columns: [Column] {
        switch self {
        case .units:
            return [
                Column("code", "Mã đơn vị", required: true), Column("name", "Tên đơn vị", required: true),
                Column("shortName", "Tên viết tắt"), Column("kind", "Loại đơn vị", required: true),
                Column("parent", "Mã đơn vị cấp trên", aliases: ["Đơn vị cấp trên"]),
                Column("activeFrom", "Ngày bắt đầu hoạt động"), Column("activeTo", "Ngày ngừng hoạt động"),
            ]
        case .people:
            return [
                Column("id", "Mã định danh", aliases: ["ID"]),
                Column("fullName", "Họ và tên", required: true, aliases: ["Họ tên"]),
                Column("gender", "Giới tính", required: true), Column("birthYear", "Năm sinh"),
                Column("unit", "Mã đơn vị", required: true, aliases: ["Đơn vị"]), Column("position", "Chức vụ"),
                Column("status", "Trạng thái"),
                // Last, so that files made before it keep their column order.
                Column("category", "Đối tượng"),
            ]
        case .ratings:
            return Self.subjectColumns + [
                Column("year", "Năm", required: true), Column("value", "Xếp loại", required: true),
            ]
        case .initiatives:
            return Self.subjectColumns + [
                Column("year", "Năm", required: true),
                Column("title", "Tên sáng kiến", required: true, aliases: ["Tên sáng kiến, đề tài", "Sáng kiến"]),
                Column("value", "Phạm vi", required: true, aliases: ["Phạm vi công nhận", "Cấp công nhận"]),
                Column("authority", "Cơ quan công nhận"), Column("decisionNumber", "Số quyết định"),
                Column("decisionDate", "Ngày quyết định"),
            ]
        case .awards:
            return Self.subjectColumns + [
                Column("year", "Năm", required: true),
                Column(
                    "value", "Mã danh hiệu, khen thưởng", required: true,
                    aliases: ["Danh hiệu, khen thưởng", "Mã khen thưởng", "Danh hiệu"]),
                Column("commendationType", "Loại hình"), Column("decisionNumber", "Số quyết định"),
                Column("decisionDate", "Ngày quyết định"), Column("authority", "Cơ quan ban hành"),
                Column("revoked", "Đã thu hồi"),
            ]
        }
    }

    public init?(cliName: String) {
        guard let k = ImportKind.allCases.first(where: { $0.rawValue == cliName || $0.fileStem == cliName }) else {
            return nil
        }
        self = k
    }
}

/// One problem of an import file: where it is, what it says, and what is wrong, in Vietnamese.
public struct ImportProblem: Hashable, Sendable, Codable {
    /// 1-based, counting the header as row 1, as a spreadsheet shows it.
    public var row: Int
    public var column: String
    public var value: String
    public var message: String

    public init(row: Int, column: String, value: String, message: String) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
    }
}

/// What an import did, or would do with `--dry-run`.
public struct ImportReport: Sendable, Codable, Equatable {
    public var kind: ImportKind
    public var rows: Int
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var problems: [ImportProblem]
    public var dryRun: Bool

    public init(
        kind: ImportKind, rows: Int, created: Int, updated: Int, unchanged: Int, problems: [ImportProblem], dryRun: Bool
    ) {
        self.kind = kind
        self.rows = rows
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.problems = problems
        self.dryRun = dryRun
    }

    public var succeeded: Bool { problems.isEmpty }
}
