import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentAuditRepository: AuditRepository {
    let db: any Database
    static let table = "audit_events"

    func record(_ change: AuditChange, actor: String) async throws {
        try await recordMany([change], actor: actor)
    }

    func recordMany(_ changes: [AuditChange], actor: String) async throws {
        guard !changes.isEmpty else { return }
        try await db.transaction { tx in
            let sql = tx.sql
            // Taking the head row first makes concurrent writers wait their turn (a row lock on PostgreSQL;
            // SQLite has one writer anyway).
            guard
                let head = try await sql.update("audit_head")
                    .set(
                        SQLIdentifier("seq"),
                        to: SQLBinaryExpression(SQLIdentifier("seq"), .add, SQLLiteral.numeric(String(changes.count)))
                    )
                    .where("id", .equal, 1)
                    .returning("seq", "hash")
                    .first()
            else {
                throw DomainError.conflict("Sổ nhật ký thay đổi chưa được khởi tạo. Hãy chạy: thidua migrate --yes")
            }
            var seq = try head.decode(column: "seq", as: Int64.self) - Int64(changes.count)
            var previous = try head.decode(column: "hash", as: String.self)
            let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
            var events: [AuditEvent] = []
            events.reserveCapacity(changes.count)
            for change in changes {
                seq += 1
                let event = AuditEvent(
                    seq: seq, atMillis: now, actor: actor, action: change.action, entity: change.entity,
                    entityID: change.entityID, unitID: change.unitID, oldValue: change.oldValue,
                    newValue: change.newValue, previousHash: previous)
                previous = event.hash
                events.append(event)
            }
            for chunk in stride(from: 0, to: events.count, by: 400).map({
                Array(events[$0..<min($0 + 400, events.count)])
            }) {
                var insert = sql.insert(into: Self.table)
                    .columns(
                        "seq", "at_ms", "actor", "action", "entity", "entity_id", "unit_id", "old_value", "new_value",
                        "previous_hash", "hash")
                for e in chunk {
                    insert = insert.values(
                        SQLBind(e.seq), SQLBind(e.atMillis), SQLBind(e.actor), SQLBind(e.action.rawValue),
                        SQLBind(e.entity), SQLBind(e.entityID), SQLBind(e.unitID), SQLBind(e.oldValue),
                        SQLBind(e.newValue), SQLBind(e.previousHash), SQLBind(e.hash))
                }
                try await insert.run()
            }
            try await sql.update("audit_head").set("hash", to: previous).where("id", .equal, 1).run()
        }
    }

    func list(_ filter: AuditFilter) async throws -> ListPage<AuditEvent> {
        if let units = filter.units, units.isEmpty {
            return ListPage(items: [], page: filter.page, perPage: filter.perPage, total: 0)
        }
        func base() -> SQLSelectBuilder {
            var b = db.sql.select().from(Self.table)
            if let e = filter.entity { b = b.where("entity", .equal, e) }
            if let a = filter.actor { b = b.where("actor", .equal, a) }
            if let units = filter.units { b = b.where("unit_id", .in, SQLBind.group(Array(units))) }
            return b
        }
        let total =
            try await base().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").first()?.decode(
                column: "n", as: Int.self) ?? 0
        let rows = try await base().column("*").orderBy("seq", .descending)
            .limit(filter.perPage).offset((filter.page - 1) * filter.perPage).all()
        return ListPage(items: try rows.map(Self.event), page: filter.page, perPage: filter.perPage, total: total)
    }

    func events(after seq: Int64, limit: Int) async throws -> [AuditEvent] {
        try await db.sql.select().column("*").from(Self.table).where("seq", .greaterThan, seq).orderBy("seq").limit(
            limit
        ).all()
            .map(Self.event)
    }

    func head() async throws -> (seq: Int64, hash: String) {
        guard
            let row = try await db.sql.select().columns("seq", "hash").from("audit_head").where("id", .equal, 1).first()
        else {
            return (0, AuditChain.genesis)
        }
        return (try row.decode(column: "seq", as: Int64.self), try row.decode(column: "hash", as: String.self))
    }

    func event(withHash hash: String) async throws -> AuditEvent? {
        try await db.sql.select().column("*").from(Self.table).where("hash", .equal, hash).first().map(Self.event)
    }

    func addCheckpoint(_ c: AuditCheckpoint) async throws {
        try await db.sql.insert(into: "audit_checkpoints").columns("seq", "hash", "at_ms", "mac")
            .values(SQLBind(c.seq), SQLBind(c.hash), SQLBind(c.atMillis), SQLBind(c.mac)).run()
    }

    func checkpoints(after seq: Int64, limit: Int) async throws -> [AuditCheckpoint] {
        try await db.sql.select().columns("seq", "hash", "at_ms", "mac").from("audit_checkpoints")
            .where("seq", .greaterThan, seq).orderBy("seq").limit(limit).all().map(Self.checkpoint)
    }

    func latestCheckpoint() async throws -> AuditCheckpoint? {
        try await db.sql.select().columns("seq", "hash", "at_ms", "mac").from("audit_checkpoints")
            .orderBy("seq", .descending).limit(1).first().map(Self.checkpoint)
    }

    static func checkpoint(_ row: any SQLRow) throws -> AuditCheckpoint {
        AuditCheckpoint(
            seq: try row.decode(column: "seq", as: Int64.self), hash: try row.decode(column: "hash", as: String.self),
            atMillis: try row.decode(column: "at_ms", as: Int64.self),
            mac: try row.decode(column: "mac", as: String.self))
    }

    /// Versioned tables whose every change is audited with the record's new version.
    static let versionedTables = [
        "org_units", "blocs", "people", "history_entries", "anniversaries", "movements", "registrations",
        "pacts", "exemplary_models", "review_criteria", "ballots", "bloc_reviews", "unit_assessments",
        "peer_reviews",
    ]

    func mismatches(limit: Int) async throws -> [AuditMismatch] {
        var found: [AuditMismatch] = []
        for table in Self.versionedTables {
            var after: UUID?
            while found.count < limit {
                var select = db.sql.select().columns("id", "version").from(table)
                if let after { select = select.where("id", .greaterThan, after) }
                let rows = try await select.orderBy("id").limit(2000).all()
                if rows.isEmpty { break }
                var versions: [String: Int] = [:]
                for row in rows {
                    versions[try row.decode(column: "id", as: UUID.self).uuidString.lowercased()] = try row.decode(
                        column: "version", as: Int.self)
                }
                after = try rows.last!.decode(column: "id", as: UUID.self)
                let events = try await db.sql.select().columns("seq", "entity_id", "action", "new_value").from(
                    Self.table
                )
                .where("entity", .equal, table).where("entity_id", .in, SQLBind.group(Array(versions.keys))).all()
                var last: [String: (seq: Int64, action: String, value: String?)] = [:]
                for e in events {
                    let id = try e.decode(column: "entity_id", as: String.self)
                    let seq = try e.decode(column: "seq", as: Int64.self)
                    if let l = last[id], l.seq > seq { continue }
                    last[id] = (
                        seq, try e.decode(column: "action", as: String.self),
                        try e.decode(column: "new_value", as: String?.self)
                    )
                }
                for (id, version) in versions.sorted(by: { $0.key < $1.key }) where found.count < limit {
                    guard let l = last[id] else {
                        found.append(
                            AuditMismatch(
                                entity: table, entityID: id,
                                reason:
                                    "có trong cơ sở dữ liệu nhưng không có sự kiện nào trong nhật ký (được ghi ngoài hệ thống)"
                            ))
                        continue
                    }
                    if l.action == AuditEvent.Action.delete.rawValue {
                        found.append(
                            AuditMismatch(
                                entity: table, entityID: id, reason: "nhật ký ghi đã xóa nhưng bản ghi vẫn còn"))
                        continue
                    }
                    let logged = l.value.flatMap { Self.version(inJSON: $0) }
                    if logged != version {
                        found.append(
                            AuditMismatch(
                                entity: table, entityID: id,
                                reason:
                                    "phiên bản hiện tại \(version) khác phiên bản \(logged.map(String.init) ?? "?") mà sự kiện cuối (số \(l.seq)) ghi: bản ghi bị sửa ngoài hệ thống"
                            ))
                    }
                }
            }
        }
        return found
    }

    private static func version(inJSON text: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return nil
        }
        return (object["version"] as? NSNumber)?.intValue
    }

    /// The stored hash is read as stored, not recomputed: verification must see what is in the table.
    static func event(_ row: any SQLRow) throws -> AuditEvent {
        AuditEvent(
            seq: try row.decode(column: "seq", as: Int64.self),
            atMillis: try row.decode(column: "at_ms", as: Int64.self),
            actor: try row.decode(column: "actor", as: String.self),
            action: try stored(try row.decode(column: "action", as: String.self), "audit_events", "action"),
            entity: try row.decode(column: "entity", as: String.self),
            entityID: try row.decode(column: "entity_id", as: String.self),
            unitID: try row.decode(column: "unit_id", as: UUID?.self),
            oldValue: try row.decode(column: "old_value", as: String?.self),
            newValue: try row.decode(column: "new_value", as: String?.self),
            previousHash: try row.decode(column: "previous_hash", as: String.self),
            hash: try row.decode(column: "hash", as: String.self))
    }
}

/// Writes the audit event of a change in the transaction that makes the change.
struct AuditRecorder: Sendable {
    let db: any Database
    let actor: String

    func record<Old: Encodable, New: Encodable>(
        _ action: AuditEvent.Action, _ entity: String, id: UUID, unit: UUID?, old: Old?, new: New?
    ) async throws {
        try await FluentAuditRepository(db: db).record(
            AuditChange(action, entity: entity, id: id.uuidString.lowercased(), unitID: unit, old: old, new: new),
            actor: actor)
    }
}

extension Database {
    /// Runs a change and its audit event in one transaction (joining the caller's, if any).
    func audited<T: Sendable>(
        as actor: String, _ body: @escaping @Sendable (any Database, AuditRecorder) async throws -> T
    ) async throws -> T {
        try await transaction { tx in try await body(tx, AuditRecorder(db: tx, actor: actor)) }
    }
}
