import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentAnniversaryRepository: AnniversaryRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<Anniversary> { DocumentTable(db: db, actor: actor, table: "anniversaries") }

    func directory() async throws -> [Anniversary] {
        let all = try await table.select { $0.limit(Directory.limit + 1) }
        guard all.count <= Directory.limit else { throw Directory.tooLarge("ngày kỷ niệm") }
        return all
    }
    func find(_ id: UUID) async throws -> Anniversary? { try await table.find(id) }

    func insert(_ a: Anniversary) async throws {
        try await table.insert(a, columns: [("active", a.active)], unit: nil)
    }

    func update(_ a: Anniversary) async throws -> Anniversary {
        try await table.update(a, what: "Ngày kỷ niệm này", columns: [("active", a.active)], unit: nil)
    }
}

struct FluentMovementRepository: MovementRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<Movement> { DocumentTable(db: db, actor: actor, table: "movements") }

    static func columns(_ m: Movement) -> [(String, any Encodable & Sendable)] {
        [
            ("year", m.year), ("status", m.status.rawValue), ("scope_kind", m.scopeKind.rawValue),
            ("scope_id", m.scopeID), ("plan_issuer", m.planNumber.map { _ in NumberSeries.launchPlan(of: m).issuer }),
            ("plan_number", m.planNumber),
        ]
    }

    func list(_ f: MovementFilter) async throws -> [Movement] {
        let rows = try await table.select { q in
            var q = q
            if let y = f.year { q = q.where("year", .equal, y) }
            if let s = f.status { q = q.where("status", .equal, s.rawValue) }
            if let k = f.scopeKind { q = q.where("scope_kind", .equal, k.rawValue) }
            if let id = f.scopeID { q = q.where("scope_id", .equal, id) }
            if f.publicOnly { q = q.where("status", .notEqual, Movement.Status.draft.rawValue) }
            return q.orderBy("year", .descending)
        }
        return rows.sorted { ($0.year, $1.periodFrom, $0.title) > ($1.year, $0.periodFrom, $1.title) }
    }

    func find(_ id: UUID) async throws -> Movement? { try await table.find(id) }

    func insert(_ m: Movement) async throws {
        try await table.insert(m, columns: Self.columns(m), unit: m.scopeKind == .unit ? m.scopeID : nil)
    }

    func update(_ m: Movement) async throws -> Movement {
        try await table.update(
            m, what: "Phong trào này", columns: Self.columns(m), unit: m.scopeKind == .unit ? m.scopeID : nil)
    }
}

struct FluentRegistrationRepository: RegistrationRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<Registration> { DocumentTable(db: db, actor: actor, table: "registrations") }

    func list(movement: UUID) async throws -> [Registration] {
        try await table.select { $0.where("movement_id", .equal, movement) }
    }

    func find(movement: UUID, unit: UUID) async throws -> Registration? {
        try await table.select { $0.where("movement_id", .equal, movement).where("unit_id", .equal, unit) }.first
    }

    func insert(_ r: Registration) async throws {
        // Another officer of the unit registered meanwhile: their version wins, as with any stale edit.
        if try await find(movement: r.movementID, unit: r.unitID) != nil {
            throw DomainError.staleVersion("Bản đăng ký của đơn vị")
        }
        try await table.insert(r, columns: [("movement_id", r.movementID), ("unit_id", r.unitID)], unit: r.unitID)
    }

    func update(_ r: Registration) async throws -> Registration {
        try await table.update(r, what: "Bản đăng ký của đơn vị", columns: [], unit: r.unitID)
    }
}

struct FluentPactRepository: PactRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<Pact> { DocumentTable(db: db, actor: actor, table: "pacts") }

    func find(bloc: UUID, year: Int) async throws -> Pact? {
        try await table.select { $0.where("bloc_id", .equal, bloc).where("year", .equal, year) }.first
    }

    func insert(_ p: Pact) async throws {
        try await table.insert(p, columns: [("bloc_id", p.blocID), ("year", p.year)], unit: nil)
    }

    func lock(_ pactID: UUID) async throws {
        // A write that changes nothing: PostgreSQL locks the row, SQLite's writer takes the database.
        try await db.sql.update("pacts").set(SQLIdentifier("version"), to: SQLIdentifier("version"))
            .where("id", .equal, pactID).run()
    }

    func update(_ p: Pact) async throws -> Pact {
        try await table.update(p, what: "Giao ước thi đua", columns: [], unit: nil)
    }

    func signatures(of pactID: UUID) async throws -> [PactSignature] {
        try await db.sql.select().columns("pact_id", "unit_id", "signed_by", "account", "signed_on").from(
            "pact_signatures"
        )
        .where("pact_id", .equal, pactID).orderBy("signed_on").all().map { row in
            PactSignature(
                pactID: try row.decode(column: "pact_id", as: UUID.self),
                unitID: try row.decode(column: "unit_id", as: UUID.self),
                signedBy: try row.decode(column: "signed_by", as: String.self),
                account: try row.decode(column: "account", as: String.self),
                signedOn: LocalDate(try row.decode(column: "signed_on", as: String.self)) ?? LocalDate(
                    year: 1970, month: 1, day: 1)!)
        }
    }

    func sign(_ s: PactSignature) async throws {
        try await db.audited(as: actor) { tx, audit in
            let existing = try await tx.sql.select().column("id").from("pact_signatures")
                .where("pact_id", .equal, s.pactID).where("unit_id", .equal, s.unitID).first()
            guard existing == nil else { throw DomainError.conflict("Đơn vị đã ký giao ước này.") }
            let id = UUID()
            try await tx.sql.insert(into: "pact_signatures").columns(
                "id", "pact_id", "unit_id", "signed_by", "account", "signed_on"
            )
            .values(
                SQLBind(id), SQLBind(s.pactID), SQLBind(s.unitID), SQLBind(s.signedBy), SQLBind(s.account),
                SQLBind(s.signedOn.iso)
            ).run()
            try await audit.record(
                .create, "pact_signatures", id: id, unit: s.unitID, old: nil as PactSignature?, new: s)
        }
    }
}

struct FluentExemplaryModelRepository: ExemplaryModelRepository {
    let db: any Database
    var actor = "system"
    var table: DocumentTable<ExemplaryModel> { DocumentTable(db: db, actor: actor, table: "exemplary_models") }

    func list(publishedOnly: Bool) async throws -> [ExemplaryModel] {
        try await table.select { q in
            (publishedOnly ? q.where("published", .equal, true) : q).orderBy("year", .descending)
        }
    }

    func find(_ id: UUID) async throws -> ExemplaryModel? { try await table.find(id) }

    func insert(_ m: ExemplaryModel) async throws {
        try await table.insert(m, columns: [("published", m.published), ("year", m.year)], unit: nil)
    }

    func update(_ m: ExemplaryModel) async throws -> ExemplaryModel {
        try await table.update(
            m, what: "Gương điển hình này", columns: [("published", m.published), ("year", m.year)], unit: nil)
    }
}
