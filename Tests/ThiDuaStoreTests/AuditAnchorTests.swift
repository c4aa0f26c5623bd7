import Foundation
import SQLKit
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The audit chain anchored: signed checkpoints, hashes written elsewhere, and records checked against
/// their last event. Cutting the tail and moving the head back passed the chain check alone.
@Suite struct AuditAnchorTests {
    static let key = String(repeating: "k", count: 40)

    /// A unit and three people: four events.
    static func changes(_ store: FluentDataStore) async throws {
        let (_, unit) = try await HistoryRepositoryTests.person(store)
        let people = PeopleService(store: store, account: HistoryRepositoryTests.admin)
        _ = try await people.create(PersonDraft(fullName: "Lê Văn Nam", gender: "male", unitID: unit.id))
        _ = try await people.create(PersonDraft(fullName: "Phạm Thị Hoa", gender: "female", unitID: unit.id))
    }

    /// What the probe did: delete the last events and move `audit_head` back to match.
    static func cutTail(_ t: TestDatabase, keeping seq: Int64) async throws {
        let kept = try #require(try await t.store.audit.events(after: seq - 1, limit: 1).first)
        try await t.db.sql.delete(from: "audit_events").where("seq", .greaterThan, seq).run()
        try await t.db.sql.update("audit_head").set("seq", to: seq).set("hash", to: kept.hash).where("id", .equal, 1)
            .run()
    }

    @Test(arguments: DatabaseKind.available)
    func aCutTailIsNamedByTheLastCheckpoint(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let base = try await t.store.audit.head().seq
            try await Self.changes(t.store)
            let audit = AuditService(store: t.store)
            let checkpoint = try #require(try await audit.checkpoint(key: Self.key))
            #expect(try await audit.checkpoint(key: Self.key) == nil, "no second checkpoint of the same head")
            #expect(try await audit.verify(key: Self.key) == .intact(count: Int(checkpoint.seq)))
            // MUT
            try await Self.cutTail(t, keeping: base + 2)
            // validation: the chain alone looks whole; the checkpoint does not
            #expect(try await audit.verifyChain() == .intact(count: Int(base) + 2))
            guard case .broken(let seq, let reason) = try await audit.verify(key: Self.key) else {
                Issue.record("a cut tail went unnoticed")
                return
            }
            #expect(seq == base + 3)
            #expect(reason.contains("các sự kiện cuối đã bị cắt"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aForgedCheckpointOrAMissingAnchorIsNamed(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            try await Self.changes(t.store)
            let audit = AuditService(store: t.store)
            let head = try await t.store.audit.head()
            let middle = try #require(try await t.store.audit.events(after: 2, limit: 1).first)
            // validation: hashes written elsewhere are found while the chain holds them
            #expect(
                try await audit.verify(anchors: [head.hash, middle.hash.uppercased()]) == .intact(count: Int(head.seq)))
            // MUT 1: a checkpoint written without the key
            try await t.store.audit.addCheckpoint(
                AuditCheckpoint(seq: head.seq, hash: head.hash, atMillis: 0, key: "khoa-gia-mao-khong-phai-cua-to-chuc")
            )
            guard case .broken(_, let reason) = try await audit.verify(key: Self.key) else {
                Issue.record("forged checkpoint accepted")
                return
            }
            #expect(reason.contains("không có chữ ký hợp lệ"))
            // MUT 2: the tail cut, checkpoints removed too; the anchor kept elsewhere still names it
            try await t.db.sql.delete(from: "audit_checkpoints").run()
            try await Self.cutTail(t, keeping: head.seq - 1)
            guard case .broken(_, let anchorReason) = try await audit.verify(key: Self.key, anchors: [head.hash]) else {
                Issue.record("a missing anchor went unnoticed")
                return
            }
            #expect(anchorReason.contains("không còn trong chuỗi"))
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aRecordChangedOutsideTheAppIsNamed(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let base = try await t.store.audit.head().seq
            try await Self.changes(t.store)
            let audit = AuditService(store: t.store)
            #expect(try await audit.verify() == .intact(count: Int(base) + 4))
            let person = try #require(
                try await t.store.people.list(PeopleFilter(query: ListQuery(text: "Lê Văn Nam"))).items.first?.person)
            // MUT: a direct UPDATE that bumps the version, with no event
            try await t.db.sql.update("people").set("full_name", to: "Lê Văn Giả").set("version", to: 2).where(
                "id", .equal, person.id
            ).run()
            // validation
            guard case .broken(_, let reason) = try await audit.verify() else {
                Issue.record("a direct change went unnoticed")
                return
            }
            #expect(reason.contains("people \(person.id.uuidString.lowercased())"))
            #expect(reason.contains("phiên bản hiện tại 2 khác phiên bản 1"))
            // MUT: a row inserted with no event
            try await t.db.sql.update("people").set("version", to: 1).where("id", .equal, person.id).run()
            #expect(try await audit.verify() == .intact(count: Int(base) + 4))
            let unit = try #require(try await t.store.units.find(code: "DV01"))
            try await t.db.sql.insert(into: "org_units").columns(
                "id", "code", "name", "short_name", "kind", "search_key", "version"
            )
            .values(
                SQLBind(UUID()), SQLBind("MA"), SQLBind("Đơn vị ma"), SQLBind(""), SQLBind(unit.kind.rawValue),
                SQLBind("don vi ma"), SQLBind(1)
            ).run()
            guard case .broken(_, let ghostReason) = try await audit.verify() else {
                Issue.record("an unaudited row went unnoticed")
                return
            }
            #expect(ghostReason.contains("không có sự kiện nào trong nhật ký"))
        }
    }
}
