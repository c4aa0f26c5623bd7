import Foundation

/// An emulation movement (phong trào thi đua): what is launched, for whom, until when, toward which titles.
public struct Movement: Identifiable, Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case regular, thematic

        public var vietnamese: String { self == .regular ? "Thường xuyên" : "Theo đợt, chuyên đề" }
    }

    /// Who takes part: the whole organization, a bloc, or one unit.
    public enum ScopeKind: String, CaseIterable, Sendable, Codable {
        case organization, bloc, unit

        public var vietnamese: String {
            switch self {
            case .organization: return "Toàn tổ chức"
            case .bloc: return "Khối, cụm thi đua"
            case .unit: return "Đơn vị"
            }
        }
    }

    public enum Status: String, CaseIterable, Sendable, Codable {
        case draft, launched, midTermReviewed, closed

        public var vietnamese: String {
            switch self {
            case .draft: return "Dự thảo"
            case .launched: return "Đã phát động"
            case .midTermReviewed: return "Đã sơ kết"
            case .closed: return "Đã tổng kết"
            }
        }

        /// The next steps: draft → launched → mid-term reviewed → closed; a short movement may close
        /// without a mid-term review.
        public var next: [Status] {
            switch self {
            case .draft: return [.launched]
            case .launched: return [.midTermReviewed, .closed]
            case .midTermReviewed: return [.closed]
            case .closed: return []
            }
        }

        public var action: String {
            switch self {
            case .draft: return "Lưu dự thảo"
            case .launched: return "Phát động"
            case .midTermReviewed: return "Sơ kết"
            case .closed: return "Tổng kết"
            }
        }
    }

    /// A step of the status, with its date and who took it.
    public struct StatusChange: Hashable, Sendable, Codable {
        public var status: Status
        public var on: LocalDate
        public var by: String

        public init(status: Status, on: LocalDate, by: String) {
            self.status = status
            self.on = on
            self.by = by
        }
    }

    public var id: UUID
    public var year: Int
    public var kind: Kind
    public var scopeKind: ScopeKind
    /// The bloc or unit, for those scopes.
    public var scopeID: UUID?
    public var title: String
    public var theme: String
    /// One slogan per line.
    public var slogans: [String]
    /// Who launches it, as signed: e.g. "Trưởng Khối thi đua – Tổng Giám đốc Quỹ Phát triển Hợp tác xã".
    public var launchedBy: String
    public var periodFrom: LocalDate
    public var periodTo: LocalDate
    /// One target per line.
    public var targets: [String]
    public var anniversaryID: UUID?
    /// Catalogue codes the movement leads to.
    public var codes: [String]
    /// Registrations close at the end of this day.
    public var registrationDeadline: LocalDate?
    public var status: Status
    public var history: [StatusChange]
    /// Number of the launch plan in its year, given at launch ("Số: 03/KH-…").
    public var planNumber: Int?
    /// The final review's results, shown on the public bulletin once published.
    public var results: String
    public var resultsPublished: Bool
    /// True while what a unit officer launched or published waits for the secretariat (the admin, or a
    /// secretary of a bloc the unit belongs to) before it reaches the public bulletin. Absent in older
    /// documents: nothing to wait for.
    public var bulletinHeld: Bool?
    public var version: Int

    public init(
        id: UUID = UUID(), year: Int, kind: Kind, scopeKind: ScopeKind, scopeID: UUID?, title: String,
        theme: String = "",
        slogans: [String] = [], launchedBy: String = "", periodFrom: LocalDate, periodTo: LocalDate,
        targets: [String] = [],
        anniversaryID: UUID? = nil, codes: [String] = [], registrationDeadline: LocalDate? = nil,
        status: Status = .draft,
        history: [StatusChange] = [], planNumber: Int? = nil, results: String = "", resultsPublished: Bool = false,
        version: Int = 1
    ) {
        self.id = id
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
        self.status = status
        self.history = history
        self.planNumber = planNumber
        self.results = results
        self.resultsPublished = resultsPublished
        self.version = version
    }

    /// Launched and after: what every signed-in account may see.
    public var isPublic: Bool { status != .draft }

    /// What the anonymous bulletin may show: launched, and not waiting for the secretariat's approval.
    public var onBulletin: Bool { isPublic && bulletinHeld != true }

    public func date(of status: Status) -> LocalDate? { history.last { $0.status == status }?.on }

    /// The codes a unit may register for a kind of subject: the movement's own, or, when it names none of
    /// that kind, the yearly titles.
    public func registrableCodes(for kind: SubjectKind) -> [String] {
        let own = Catalogue.entries.filter { $0.subjectKinds.contains(kind) && codes.contains($0.code) }.map(\.code)
        return own.isEmpty ? (kind == .person ? ["LDTT", "CSTDCS"] : ["TTLDTT", "TTLDXS"]) : own
    }

    /// Why registrations are not taken on `day`, or nil when they are. The admin may still record a late one.
    public func registrationClosed(on day: LocalDate, lateAllowed: Bool) -> String? {
        guard status == .launched || status == .midTermReviewed else {
            return "Phong trào chưa phát động hoặc đã tổng kết: không nhận đăng ký."
        }
        if let deadline = registrationDeadline, day > deadline, !lateAllowed {
            return "Đã quá hạn đăng ký (\(deadline.vietnamese)). Hãy liên hệ thường trực thi đua để được ghi nhận."
        }
        return nil
    }
}
