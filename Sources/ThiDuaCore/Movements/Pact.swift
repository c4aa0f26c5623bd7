import Foundation

/// A bloc's emulation pact for a year (giao ước thi đua): its text, and each member unit's signature.
public struct Pact: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var blocID: UUID
    public var year: Int
    public var text: String
    public var version: Int

    public init(id: UUID = UUID(), blocID: UUID, year: Int, text: String, version: Int = 1) {
        self.id = id
        self.blocID = blocID
        self.year = year
        self.text = text
        self.version = version
    }
}

public struct PactSignature: Hashable, Sendable, Codable {
    public var pactID: UUID
    public var unitID: UUID
    /// Who signed for the unit, as they are named (the unit's head, or the officer acting for them).
    public var signedBy: String
    /// The account that recorded it.
    public var account: String
    public var signedOn: LocalDate

    public init(pactID: UUID, unitID: UUID, signedBy: String, account: String, signedOn: LocalDate) {
        self.pactID = pactID
        self.unitID = unitID
        self.signedBy = signedBy
        self.account = account
        self.signedOn = signedOn
    }
}
