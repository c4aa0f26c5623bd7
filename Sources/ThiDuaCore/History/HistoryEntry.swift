import Foundation

/// One fact of a subject's history: an annual rating, an initiative, a discipline, a pending matter,
/// or a title or award granted before the system. One shape for all, so that histories load in one
/// query; `kind` says which fields matter.
public struct HistoryEntry: Identifiable, Hashable, Sendable, Codable {
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

    public var id: UUID
    public var subjectKind: SubjectKind
    public var subjectID: UUID
    public var kind: Kind
    /// The year of a rating, initiative or award.
    public var year: Int?
    /// The rating, the scope, the discipline form, the pending kind, or the award code.
    public var value: String
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
        id: UUID = UUID(), subjectKind: SubjectKind, subjectID: UUID, kind: Kind, year: Int? = nil, value: String,
        title: String = "", from: LocalDate? = nil, to: LocalDate? = nil, decisionNumber: String = "",
        decisionDate: LocalDate? = nil, authority: String = "", commendationType: CommendationType? = nil,
        revoked: Bool = false, version: Int = 1
    ) {
        self.id = id
        self.subjectKind = subjectKind
        self.subjectID = subjectID
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
        self.version = version
    }

    public var rating: Rating? { kind == .rating ? Rating(rawValue: value) : nil }
    public var scope: InitiativeScope? { kind == .initiative ? InitiativeScope(rawValue: value) : nil }
    public var disciplineForm: DisciplineForm? { kind == .discipline ? DisciplineForm(rawValue: value) : nil }
    public var pendingKind: PendingKind? { kind == .pending ? PendingKind(rawValue: value) : nil }

    /// The year a timeline shows it under.
    public var timelineYear: Int? { year ?? from?.year }

    /// A short Vietnamese line for the timeline.
    public func summary(codes: [String: AwardCode]) -> String {
        switch kind {
        case .rating:
            return rating?.vietnamese ?? value
        case .initiative:
            return "Sáng kiến “\(title)” – \(scope?.vietnamese.lowercased() ?? value)"
        case .discipline:
            let period =
                to.map { "từ \(from?.vietnamese ?? "?") đến \($0.vietnamese)" } ?? "từ \(from?.vietnamese ?? "?")"
            return "Kỷ luật \(disciplineForm?.vietnamese.lowercased() ?? value), \(period)"
        case .pending:
            let period = to.map { "đến \($0.vietnamese)" } ?? "chưa kết thúc"
            return "\(pendingKind?.vietnamese ?? value) (từ \(from?.vietnamese ?? "?"), \(period))"
        case .award:
            let name = codes[value]?.name ?? value
            let type = commendationType.flatMap { $0 == .regular ? nil : " – \($0.vietnamese.lowercased())" } ?? ""
            return name + type + (revoked ? " (đã thu hồi)" : "")
        }
    }
}
