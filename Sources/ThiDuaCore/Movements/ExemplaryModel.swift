import Foundation

/// An exemplary model (gương điển hình tiên tiến): a person or collective presented to the public with a short
/// text. Shown on the public bulletin only once an admin publishes it.
public struct ExemplaryModel: Identifiable, Hashable, Sendable, Codable {
    public var id: UUID
    public var subjectKind: SubjectKind
    /// The person or unit, when it is in the register.
    public var subjectID: UUID?
    public var name: String
    public var summary: String
    public var year: Int
    public var published: Bool
    public var publishedOn: LocalDate?
    public var version: Int

    public init(
        id: UUID = UUID(), subjectKind: SubjectKind, subjectID: UUID?, name: String, summary: String, year: Int,
        published: Bool = false, publishedOn: LocalDate? = nil, version: Int = 1
    ) {
        self.id = id
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.name = name
        self.summary = summary
        self.year = year
        self.published = published
        self.publishedOn = publishedOn
        self.version = version
    }
}
