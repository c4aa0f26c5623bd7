import Foundation

/// One fact of a subject's history: an annual rating, an initiative, a discipline, a pending matter,
/// or a title or award granted before the system. One shape for all, so that histories load in one
/// query; `kind` says which fields matter.
public struct HistoryEntry: Identifiable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case rating, initiative, discipline, pending, award

        public var vietnamese: String {
            switch self {
            case .rating: return "Đánh giá, xếp loại"
            case .initiative: return "Sáng kiến, đề tài"
            case .discipline: return "Kỷ luật"
            case .pending: return "Đang điều tra, thanh tra, khiếu nại"
            case .award: return "Danh hiệu, khen thưởng đã có"
            }
        }
    }

    /// What the entry records, with the value its kind takes: stored as today, as `kind` and `value` columns.
    public enum Detail: Hashable, Sendable {
        case rating(Rating)
        case initiative(InitiativeScope)
        case discipline(DisciplineForm)
        case pending(PendingKind)
        case award(code: String)

        public var kind: Kind {
            switch self {
            case .rating: return .rating
            case .initiative: return .initiative
            case .discipline: return .discipline
            case .pending: return .pending
            case .award: return .award
            }
        }

        /// The stored text: the rating, the scope, the discipline form, the pending kind, or the award code.
        public var value: String {
            switch self {
            case .rating(let r): return r.rawValue
            case .initiative(let s): return s.rawValue
            case .discipline(let f): return f.rawValue
            case .pending(let k): return k.rawValue
            case .award(let code): return code
            }
        }

        /// From the stored kind and text; nil when the text is not a value of that kind.
        public init?(kind: Kind, value: String) {
            switch kind {
            case .rating:
                guard let r = Rating(rawValue: value) else { return nil }
                self = .rating(r)
            case .initiative:
                guard let s = InitiativeScope(rawValue: value) else { return nil }
                self = .initiative(s)
            case .discipline:
                guard let f = DisciplineForm(rawValue: value) else { return nil }
                self = .discipline(f)
            case .pending:
                guard let k = PendingKind(rawValue: value) else { return nil }
                self = .pending(k)
            case .award: self = .award(code: value)
            }
        }
    }

    public var id: UUID
    public var subjectKind: SubjectKind
    public var subjectID: UUID
    public var detail: Detail
    /// The year of a rating, initiative or award.
    public var year: Int?
    /// An initiative's title; a note for the others.
    public var title: String
    public var from: LocalDate?
    public var to: LocalDate?
    public var decisionNumber: String
    public var decisionDate: LocalDate?
    /// The body that recognised or granted it.
    public var authority: String
    public var commendationType: CommendationType?
    public var revoked: Bool
    public var version: Int

    public init(
        id: UUID = UUID(), subjectKind: SubjectKind, subjectID: UUID, _ detail: Detail, year: Int? = nil,
        title: String = "", from: LocalDate? = nil, to: LocalDate? = nil, decisionNumber: String = "",
        decisionDate: LocalDate? = nil, authority: String = "", commendationType: CommendationType? = nil,
        revoked: Bool = false, version: Int = 1
    ) {
        self.id = id
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.detail = detail
        self.year = year
        self.title = title
        self.from = from
        self.to = to
        self.decisionNumber = decisionNumber
        self.decisionDate = decisionDate
        self.authority = authority
        self.commendationType = commendationType
        self.revoked = revoked
        self.version = version
    }

    public var kind: Kind { detail.kind }
    /// The stored text of `detail`.
    public var value: String { detail.value }

    public var rating: Rating? { if case .rating(let r) = detail { return r } else { return nil } }
    public var scope: InitiativeScope? { if case .initiative(let s) = detail { return s } else { return nil } }
    public var disciplineForm: DisciplineForm? { if case .discipline(let f) = detail { return f } else { return nil } }
    public var pendingKind: PendingKind? { if case .pending(let k) = detail { return k } else { return nil } }
    public var awardCode: String? { if case .award(let code) = detail { return code } else { return nil } }

    /// The year a timeline shows it under.
    public var timelineYear: Int? { year ?? from?.year }

    /// A short Vietnamese line for the timeline.
    public func summary(codes: [String: AwardCode]) -> String {
        switch detail {
        case .rating(let rating):
            return rating.vietnamese
        case .initiative(let scope):
            return "Sáng kiến “\(title)” – \(scope.vietnamese.lowercased())"
        case .discipline(let form):
            let period =
                to.map { "từ \(from?.vietnamese ?? "?") đến \($0.vietnamese)" } ?? "từ \(from?.vietnamese ?? "?")"
            return "Kỷ luật \(form.vietnamese.lowercased()), \(period)"
        case .pending(let kind):
            let period = to.map { "đến \($0.vietnamese)" } ?? "chưa kết thúc"
            return "\(kind.vietnamese) (từ \(from?.vietnamese ?? "?"), \(period))"
        case .award(let code):
            let name = codes[code]?.name ?? code
            let type = commendationType.flatMap { $0 == .regular ? nil : " – \($0.vietnamese.lowercased())" } ?? ""
            return name + type + (revoked ? " (đã thu hồi)" : "")
        }
    }
}

extension HistoryEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, subjectKind, subjectID, kind, year, value, title, from, to, decisionNumber, decisionDate, authority,
            commendationType, revoked, version
    }

    /// The JSON a withdrawal keeps and the change log shows: `kind` and `value` as text, as before.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(Kind.self, forKey: .kind)
        let value = try c.decode(String.self, forKey: .value)
        guard let detail = Detail(kind: kind, value: value) else {
            throw DecodingError.dataCorruptedError(
                forKey: .value, in: c, debugDescription: "“\(value)” is not a value of \(kind.rawValue)")
        }
        self.init(
            id: try c.decode(UUID.self, forKey: .id), subjectKind: try c.decode(SubjectKind.self, forKey: .subjectKind),
            subjectID: try c.decode(UUID.self, forKey: .subjectID), detail,
            year: try c.decodeIfPresent(Int.self, forKey: .year), title: try c.decode(String.self, forKey: .title),
            from: try c.decodeIfPresent(LocalDate.self, forKey: .from),
            to: try c.decodeIfPresent(LocalDate.self, forKey: .to),
            decisionNumber: try c.decode(String.self, forKey: .decisionNumber),
            decisionDate: try c.decodeIfPresent(LocalDate.self, forKey: .decisionDate),
            authority: try c.decode(String.self, forKey: .authority),
            commendationType: try c.decodeIfPresent(CommendationType.self, forKey: .commendationType),
            revoked: try c.decode(Bool.self, forKey: .revoked), version: try c.decode(Int.self, forKey: .version))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(subjectKind, forKey: .subjectKind)
        try c.encode(subjectID, forKey: .subjectID)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encode(value, forKey: .value)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        try c.encode(decisionNumber, forKey: .decisionNumber)
        try c.encodeIfPresent(decisionDate, forKey: .decisionDate)
        try c.encode(authority, forKey: .authority)
        try c.encodeIfPresent(commendationType, forKey: .commendationType)
        try c.encode(revoked, forKey: .revoked)
        try c.encode(version, forKey: .version)
    }
}
