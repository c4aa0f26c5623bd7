import Foundation

/// A member unit's self-assessment (tự chấm điểm) for one bloc and year: a score, an explanation and evidence per
/// criterion. Read-only once submitted, unless the secretary returns it with a reason.
public struct UnitAssessment: Identifiable, Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case draft, submitted, returned

        public var vietnamese: String {
            switch self {
            case .draft: return "Đang chấm"
            case .submitted: return "Đã nộp"
            case .returned: return "Trả lại để sửa"
            }
        }
    }

    public var id: UUID
    public var blocID: UUID
    public var year: Int
    public var unitID: UUID
    public var lines: [AssessmentLine]
    public var status: Status
    public var submittedOn: LocalDate?
    /// Submitted after the bloc's deadline.
    public var late: Bool
    public var returns: [AssessmentReturn]
    public var version: Int

    public init(
        id: UUID = UUID(), blocID: UUID, year: Int, unitID: UUID, lines: [AssessmentLine] = [],
        status: Status = .draft, submittedOn: LocalDate? = nil, late: Bool = false, returns: [AssessmentReturn] = [],
        version: Int = 1
    ) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.unitID = unitID
        self.lines = lines
        self.status = status
        self.submittedOn = submittedOn
        self.late = late
        self.returns = returns
        self.version = version
    }

    public var isEditable: Bool { status != .submitted }

    public func line(_ code: String) -> AssessmentLine? { lines.first { $0.code == code } }

    /// Criterion code → points, for the lines scored.
    public var scores: [String: Int] {
        Dictionary(lines.compactMap { l in l.points.map { (l.code, $0) } }, uniquingKeysWith: { a, _ in a })
    }
}

/// One criterion of a self-assessment.
public struct AssessmentLine: Hashable, Sendable, Codable {
    public var code: String
    /// Hundredths of a point; nil while not scored.
    public var points: Int?
    public var explanation: String
    public var evidence: [EvidenceRef]

    public init(code: String, points: Int?, explanation: String = "", evidence: [EvidenceRef] = []) {
        self.code = code
        self.points = points
        self.explanation = explanation
        self.evidence = evidence
    }
}

/// The secretary sent a submitted assessment back.
public struct AssessmentReturn: Hashable, Sendable, Codable {
    public var reason: String
    public var account: String
    public var on: LocalDate

    public init(reason: String, account: String, on: LocalDate) {
        self.reason = reason
        self.account = account
        self.on = on
    }
}

public protocol UnitAssessmentRepository: Sendable {
    func find(bloc: UUID, year: Int, unit: UUID) async throws -> UnitAssessment?
    /// Every assessment of the bloc's year (at most one per member unit).
    func list(bloc: UUID, year: Int) async throws -> [UnitAssessment]
    func insert(_ assessment: UnitAssessment) async throws
    func update(_ assessment: UnitAssessment) async throws -> UnitAssessment
}
