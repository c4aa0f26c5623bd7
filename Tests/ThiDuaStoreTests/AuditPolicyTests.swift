import FluentKit
import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// A secret record (a ballot) leaves in the log only that its author acted on its container; a redacted one
/// keeps its shape without the redacted values. Fixture entities stand in for the year-end review's ballot,
/// which will only declare its policy.
@Suite struct AuditPolicyTests {
    struct FixtureBallot: VersionedDocument, AuditedRecord {
        static let auditPolicy = AuditPolicy.secret
        var id = UUID()
        var version = 1
        var boxID: UUID
        var choice: String
        var auditContainerID: UUID? { boxID }
    }

    struct FixtureNote: VersionedDocument, AuditedRecord {
        static let auditPolicy = AuditPolicy.redacted(["privateNote"])
        var id = UUID()
        var version = 1
        var title: String
        var privateNote: String
    }

    private static func createTable(_ name: String, on db: any Database) async throws {
        try await db.schema(name).id().field("document", .string, .required).field("version", .int, .required)
            .create()
    }

    @Test(arguments: DatabaseKind.available)
    func aSecretRecordLeavesOnlyThatItsAuthorActedOnTheContainer(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await Self.createTable("fixture_ballots", on: t.db)
            let box = UUID()
            let head = try await t.store.audit.head().seq
            let choices = ["Ứng viên Ánh", "Ứng viên Bảo", "Ứng viên Ánh"]
            // MUT: three voters cast, each as themselves
            var ballots: [FixtureBallot] = []
            for (i, choice) in choices.enumerated() {
                let ballot = FixtureBallot(boxID: box, choice: choice)
                try await DocumentTable<FixtureBallot>(db: t.db, actor: "voter\(i)", table: "fixture_ballots")
                    .insert(ballot, columns: [], unit: nil)
                ballots.append(ballot)
            }
            // validation: one event per voter, naming the box, with no content and not the ballot's id
            let events = try await t.store.audit.events(after: head, limit: 100)
            #expect(events.map(\.actor) == ["voter0", "voter1", "voter2"])
            #expect(events.allSatisfy { $0.entity == "fixture_ballots" && $0.entityID == box.uuidString.lowercased() })
            #expect(events.allSatisfy { $0.oldValue == nil && $0.newValue == nil })
            let ids = Set(ballots.map { $0.id.uuidString.lowercased() })
            #expect(events.allSatisfy { !ids.contains($0.entityID) })
            // the ballots are stored apart, with their choices and nothing of who cast them
            let rows = try await (t.db as! any SQLDatabase).select().column("*").from("fixture_ballots").all()
            let stored = try rows.map { try $0.decode(column: "document", as: String.self) }
            #expect(Set(stored.map { s in choices.first { s.contains($0) } }) == Set(choices))
            #expect(stored.allSatisfy { !$0.contains("voter") })
            #expect(try rows.first.map { try $0.allColumns.sorted() } == ["document", "id", "version"])
            // and the chain still verifies
            guard case .intact = try await AuditService(store: t.store).verifyChain() else {
                Issue.record("the chain does not verify")
                return
            }
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aRedactedFieldIsInTheLogWithoutItsValue(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await Self.createTable("fixture_notes", on: t.db)
            let head = try await t.store.audit.head().seq
            let table = DocumentTable<FixtureNote>(db: t.db, actor: "admin", table: "fixture_notes")
            var note = FixtureNote(title: "Biên bản họp", privateNote: "Ý kiến riêng của ông Nam")
            // MUT: created, then changed
            try await table.insert(note, columns: [], unit: nil)
            note.privateNote = "Ý kiến riêng đã sửa"
            note.title = "Biên bản họp lần 2"
            _ = try await table.update(note, what: "Ghi chú", columns: [], unit: nil)
            // validation: the titles are in the log; the private notes are marked, never written
            let events = try await t.store.audit.events(after: head, limit: 100)
            let logged = events.flatMap { [$0.oldValue, $0.newValue] }.compactMap { $0 }.joined(separator: "\n")
            #expect(events.count == 2)
            #expect(logged.contains("Biên bản họp lần 2"))
            #expect(logged.contains(AuditPolicy.redactedMark))
            #expect(!logged.contains("Ý kiến riêng"))
        }
    }
}
