/// Đánh giá, xếp loại: the yearly task rating.
public enum Rating: String, CaseIterable, Sendable, Codable, Comparable {
    case failed, completed, good, excellent

    public var vietnamese: String {
        switch self {
        case .excellent: return "Hoàn thành xuất sắc nhiệm vụ"
        case .good: return "Hoàn thành tốt nhiệm vụ"
        case .completed: return "Hoàn thành nhiệm vụ"
        case .failed: return "Không hoàn thành nhiệm vụ"
        }
    }

    /// 0 (failed) … 3 (excellent); a switch, since comparisons run in the eligibility sweep's inner loop.
    @inline(__always)
    public var rank: Int {
        switch self {
        case .failed: return 0
        case .completed: return 1
        case .good: return 2
        case .excellent: return 3
        }
    }

    @inline(__always)
    public init(rank: Int) {
        self = rank <= 0 ? .failed : rank == 1 ? .completed : rank == 2 ? .good : .excellent
    }

    public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }
}

/// The recognised scope of an initiative or research work.
public enum InitiativeScope: String, CaseIterable, Sendable, Codable, Comparable {
    case grassroots, ministry, national

    public var vietnamese: String {
        switch self {
        case .grassroots: return "Cấp cơ sở"
        case .ministry: return "Cấp bộ, ngành, tỉnh"
        case .national: return "Toàn quốc"
        }
    }

    @inline(__always)
    public var rank: Int {
        switch self {
        case .grassroots: return 0
        case .ministry: return 1
        case .national: return 2
        }
    }

    @inline(__always)
    public init(rank: Int) {
        self = rank <= 0 ? .grassroots : rank == 1 ? .ministry : .national
    }

    public static func < (a: InitiativeScope, b: InitiativeScope) -> Bool { a.rank < b.rank }
}

/// Hình thức kỷ luật, from the lightest.
public enum DisciplineForm: String, CaseIterable, Sendable, Codable {
    case reprimand, warning, salaryReduction, demotion, dismissal, forcedResignation

    public var vietnamese: String {
        switch self {
        case .reprimand: return "Khiển trách"
        case .warning: return "Cảnh cáo"
        case .salaryReduction: return "Hạ bậc lương"
        case .demotion: return "Giáng chức"
        case .dismissal: return "Cách chức"
        case .forcedResignation: return "Buộc thôi việc"
        }
    }
}

/// A matter still open against a subject: it blocks commendation while it lasts.
public enum PendingKind: String, CaseIterable, Sendable, Codable {
    case investigation, inspection, complaint

    public var vietnamese: String {
        switch self {
        case .investigation: return "Đang bị điều tra"
        case .inspection: return "Đang bị thanh tra, kiểm tra"
        case .complaint: return "Có đơn thư khiếu nại, tố cáo đang xem xét"
        }
    }
}

/// Loại hình khen thưởng.
public enum CommendationType: String, CaseIterable, Sendable, Codable {
    case regular, thematic, unscheduled, longService, seniority, external

    public var vietnamese: String {
        switch self {
        case .regular: return "Thường xuyên"
        case .thematic: return "Theo chuyên đề, theo đợt"
        case .unscheduled: return "Đột xuất"
        case .longService: return "Quá trình cống hiến"
        case .seniority: return "Niên hạn"
        case .external: return "Đối ngoại"
        }
    }
}

/// Who a history belongs to: a person, or a unit as a collective.
public enum SubjectKind: String, CaseIterable, Sendable, Codable {
    case person, collective

    public var vietnamese: String { self == .person ? "Cá nhân" : "Tập thể" }
}
