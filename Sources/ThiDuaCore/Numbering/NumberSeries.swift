import Foundation

/// A series of document numbers: one issuer's documents of one kind, restarting each year, as the state format
/// numbers them ("Số: 12/QĐ-…"). Each number is taken once, in the transaction that uses it, so numbers neither
/// collide nor skip.
public struct NumberSeries: Hashable, Sendable {
    /// The kind of document, with the abbreviation that follows the number (Decree 30/2020, Appendix III).
    public enum Kind: String, Sendable, CaseIterable {
        case launchPlan = "launch-plan"
        case decision
        case minutes
        case report

        public var abbreviation: String {
            switch self {
            case .launchPlan: return "KH"
            case .decision: return "QĐ"
            case .minutes: return "BB"
            case .report: return "BC"
            }
        }
    }

    public var kind: Kind
    /// Who signs the documents: the organization, a bloc or a unit.
    public var issuer: String
    public var year: Int

    public init(_ kind: Kind, issuer: String, year: Int) {
        self.kind = kind
        self.issuer = issuer
        self.year = year
    }

    /// A movement's launch plan is issued by its scope: the organization, the bloc or the unit.
    public static func launchPlan(of m: Movement) -> NumberSeries {
        NumberSeries(.launchPlan, issuer: issuer(m.scopeKind, m.scopeID), year: m.year)
    }

    public static func issuer(_ kind: Movement.ScopeKind, _ id: UUID?) -> String {
        guard let id, kind != .organization else { return Movement.ScopeKind.organization.rawValue }
        return "\(kind.rawValue):\(id.uuidString.lowercased())"
    }
}

/// Port for the counters behind every series.
public protocol NumberingRepository: Sendable {
    /// The next number of the series, 1 for the first; taken in the caller's transaction, so that a use case
    /// that fails gives its number back.
    func next(_ series: NumberSeries) async throws -> Int
    /// The last number given, 0 if none.
    func last(_ series: NumberSeries) async throws -> Int
}
