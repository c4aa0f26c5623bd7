import Foundation

/// A unit's registration for a movement (đăng ký thi đua): its collective targets and its people's.
public struct Registration: Identifiable, Hashable, Sendable, Codable {
    public struct IndividualTarget: Hashable, Sendable, Codable {
        public var personID: UUID
        public var codes: [String]

        public init(personID: UUID, codes: [String]) {
            self.personID = personID
            self.codes = codes
        }
    }

    public var id: UUID
    public var movementID: UUID
    public var unitID: UUID
    public var collectiveCodes: [String]
    public var individual: [IndividualTarget]
    /// The account that registered, and its display name.
    public var registeredBy: String
    public var registeredOn: LocalDate
    public var version: Int

    public init(
        id: UUID = UUID(), movementID: UUID, unitID: UUID, collectiveCodes: [String], individual: [IndividualTarget],
        registeredBy: String, registeredOn: LocalDate, version: Int = 1
    ) {
        self.id = id
        self.movementID = movementID
        self.unitID = unitID
        self.collectiveCodes = collectiveCodes
        self.individual = individual
        self.registeredBy = registeredBy
        self.registeredOn = registeredOn
        self.version = version
    }
}

/// A registered target that the history already rules out, and why (the failing reasons).
public struct RegistrationWarning: Hashable, Sendable {
    public var subjectName: String
    public var code: String
    public var reasons: [String]
}
