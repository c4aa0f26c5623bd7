import Foundation
import ThiDuaCore

extension DataStore {
    /// Every person of a test database, through the scoped port: the store has no whole-table read.
    public func everyPerson() async throws -> [Person] {
        try await people.people(inUnits: try await units.directory().map(\.id), status: nil)
    }
}

extension DataStore {
    /// Every history entry of a test database, people's and units'.
    public func everyHistoryEntry() async throws -> [HistoryEntry] {
        try await history.entries(of: .person, subjects: try await everyPerson().map(\.id))
            + (try await history.entries(of: .collective, subjects: try await units.directory().map(\.id)))
    }
}
