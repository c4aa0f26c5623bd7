import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentPersonRepository: PersonRepository {
    let db: any Database
    var actor = "system"

    func list(_ filter: PeopleFilter) async throws -> ListPage<PersonRow> {
        let query = filter.query
        if case .units(let ids) = filter.scope, ids.isEmpty {
            return ListPage(items: [], page: query.page, perPage: query.perPage, total: 0)
        }
        func base() -> SQLSelectBuilder {
            var b = db.sql.select()
                .from(SQLAlias(SQLIdentifier(PersonModel.schema), as: SQLIdentifier("p")))
                .join(
                    SQLAlias(SQLIdentifier(OrgUnitModel.schema), as: SQLIdentifier("u")),
                    on: SQLColumn("unit_id", table: "p"), .equal, SQLColumn("id", table: "u")
                )
                .matching(query.text, column: SQLColumn("search_key", table: "p"))
            if case .units(let ids) = filter.scope {
                b = b.where(SQLColumn("unit_id", table: "p"), .in, SQLBind.group(Array(ids)))
            }
            if let unit = filter.unitID { b = b.where(SQLColumn("unit_id", table: "p"), .equal, SQLBind(unit)) }
            if let status = filter.status {
                b = b.where(SQLColumn("status", table: "p"), .equal, SQLBind(status.rawValue))
            }
            return b
        }
        let total =
            try await base().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").first()?.decode(
                column: "n", as: Int.self) ?? 0
        let rows = try await base()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("p")))
            .column(SQLColumn("code", table: "u"), as: "unit_code")
            .column(SQLColumn("name", table: "u"), as: "unit_name")
            .orderBy(SQLColumn("sort_key", table: "p")).orderBy(SQLColumn("id", table: "p"))
            .limit(query.perPage).offset(query.offset).all()
        let items = try rows.map { row in
            PersonRow(
                person: try Self.person(row),
                unitCode: try row.decode(column: "unit_code", as: String.self),
                unitName: try row.decode(column: "unit_name", as: String.self))
        }
        return ListPage(items: items, page: query.page, perPage: query.perPage, total: total)
    }

    func find(_ id: UUID) async throws -> Person? {
        try await PersonModel.find(id, on: db)?.core
    }

    func insert(_ person: Person, since: LocalDate) async throws {
        try await db.audited(as: actor) { tx, audit in
            try await PersonModel(person).create(on: tx)
            try await PersonAssignmentModel(
                personID: person.id, unitID: person.unitID, position: person.position, from: since
            ).create(on: tx)
            try await audit.record(
                .create, PersonModel.schema, id: person.id, unit: person.unitID, old: nil as Person?, new: person)
        }
    }

    func update(_ person: Person) async throws -> Person {
        try await db.audited(as: actor) { tx, audit in
            let old = try await PersonModel.find(person.id, on: tx)?.core
            let saved = try await FluentPersonRepository(db: tx).write(person)
            // Both units see a move in their log.
            try await audit.record(
                .update, PersonModel.schema, id: person.id, unit: person.unitID, old: old, new: saved)
            if let old, old.unitID != person.unitID {
                try await audit.record(
                    .update, PersonModel.schema, id: person.id, unit: old.unitID, old: old, new: saved)
            }
            return saved
        }
    }

    private func write(_ person: Person) async throws -> Person {
        let before = try await find(person.id)
        var saved = person
        saved.version = try await db.updateVersioned(
            PersonModel.schema, id: person.id, expectedVersion: person.version, what: "Hồ sơ người này",
            [
                ("full_name", person.fullName), ("gender", person.gender.rawValue),
                ("category", person.category.rawValue), ("birth_year", person.birthYear),
                ("unit_id", person.unitID), ("position", person.position), ("status", person.status.rawValue),
                ("search_key", VietnameseText.searchKey(person.fullName)),
                ("sort_key", VietnameseText.nameSortKey(person.fullName)),
            ])
        // Keep the open assignment's position in step with the person's.
        if let before, before.position != person.position {
            try await db.sql.update(PersonAssignmentModel.schema).set("position", to: person.position)
                .where("person_id", .equal, person.id).where(SQLColumn("to_date"), .is, SQLLiteral.null).run()
        }
        return saved
    }

    func assignments(of personID: UUID) async throws -> [PersonAssignment] {
        let rows = try await db.sql.select()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("a")))
            .column(SQLColumn("name", table: "u"), as: "unit_name")
            .from(SQLAlias(SQLIdentifier(PersonAssignmentModel.schema), as: SQLIdentifier("a")))
            .join(
                SQLAlias(SQLIdentifier(OrgUnitModel.schema), as: SQLIdentifier("u")),
                on: SQLColumn("unit_id", table: "a"), .equal, SQLColumn("id", table: "u")
            )
            .where(SQLColumn("person_id", table: "a"), .equal, SQLBind(personID))
            .orderBy(SQLColumn("from_date", table: "a"))
            .all()
        return try rows.map { row in
            PersonAssignment(
                unitID: try row.decode(column: "unit_id", as: UUID.self),
                unitName: try row.decode(column: "unit_name", as: String.self),
                position: try row.decode(column: "position", as: String.self),
                from: LocalDate(try row.decode(column: "from_date", as: String.self))!,
                to: try row.decode(column: "to_date", as: String?.self).flatMap(LocalDate.init))
        }
    }

    func move(_ person: Person, _ move: PersonMove) async throws -> Person {
        try await db.audited(as: actor) { tx, _ in
            try await FluentPersonRepository(db: tx, actor: actor).moveInTransaction(person, move)
        }
    }

    private func moveInTransaction(_ person: Person, _ move: PersonMove) async throws -> Person {
        var moved = person
        moved.unitID = move.toUnitID
        if !move.position.isEmpty { moved.position = move.position }
        moved.status = .working
        // Close the open assignment first, so the position sync in `update` leaves it alone.
        try await db.sql.update(PersonAssignmentModel.schema).set(
            "to_date", to: (move.on.adding(days: -1) ?? move.on).iso
        )
        .where("person_id", .equal, person.id).where(SQLColumn("to_date"), .is, SQLLiteral.null).run()
        let saved = try await update(moved)
        try await PersonAssignmentModel(
            personID: person.id, unitID: move.toUnitID, position: moved.position, from: move.on
        ).create(on: db)
        return saved
    }

    func find(ids: [UUID]) async throws -> [Person] {
        try await db.sql.inChunks(ids) { chunk in
            try await db.sql.select().column("*").from(PersonModel.schema).where("id", .in, SQLBind.group(chunk))
                .all().map(Self.person)
        }
    }

    func people(inUnits unitIDs: [UUID], status: Person.Status?) async throws -> [Person] {
        try await db.sql.inChunks(unitIDs) { chunk in
            var select = db.sql.select().column("*").from(PersonModel.schema).where(
                "unit_id", .in, SQLBind.group(chunk))
            if let status { select = select.where("status", .equal, SQLBind(status.rawValue)) }
            return try await select.all().map(Self.person)
        }
    }

    func count(inUnit unitID: UUID) async throws -> Int {
        try await PersonModel.query(on: db).filter(\.$unitID == unitID).count()
    }

    static func person(_ row: any SQLRow) throws -> Person {
        Person(
            id: try row.decode(column: "id", as: UUID.self),
            fullName: try row.decode(column: "full_name", as: String.self),
            gender: try stored(try row.decode(column: "gender", as: String.self), "people", "gender"),
            category: try stored(try row.decode(column: "category", as: String.self), "people", "category"),
            birthYear: try row.decode(column: "birth_year", as: Int?.self),
            unitID: try row.decode(column: "unit_id", as: UUID.self),
            position: try row.decode(column: "position", as: String.self),
            status: try stored(try row.decode(column: "status", as: String.self), "people", "status"),
            version: try row.decode(column: "version", as: Int.self))
    }
}

extension FluentPersonRepository {
    /// Multi-row INSERTs of 500 people (11 columns: well under SQLite's bound-parameter limit).
    func insertMany(_ people: [Person], since: LocalDate) async throws {
        try await db.audited(as: actor) { tx, audit in
            // A bulk insert dirties far more pages than SQLite's default 2 MB cache holds, which makes it spill
            // pages to disk mid-transaction; 64 MB (per connection, allocated only as used) avoids that.
            if tx.sql.dialect.name == "sqlite" { try await tx.sql.raw("PRAGMA cache_size=-65536").run() }
            for chunk in stride(from: 0, to: people.count, by: 500).map({
                Array(people[$0..<min($0 + 500, people.count)])
            }) {
                var insert = tx.sql.insert(into: PersonModel.schema)
                    .columns(
                        "id", "full_name", "gender", "category", "birth_year", "unit_id", "position", "status",
                        "search_key",
                        "sort_key", "version")
                for p in chunk {
                    insert = insert.values(
                        SQLBind(p.id), SQLBind(p.fullName), SQLBind(p.gender.rawValue),
                        SQLBind(p.category.rawValue), SQLBind(p.birthYear),
                        SQLBind(p.unitID),
                        SQLBind(p.position), SQLBind(p.status.rawValue), SQLBind(VietnameseText.searchKey(p.fullName)),
                        SQLBind(VietnameseText.nameSortKey(p.fullName)), SQLBind(p.version))
                }
                try await insert.run()
                var assignments = tx.sql.insert(into: PersonAssignmentModel.schema).columns(
                    "id", "person_id", "unit_id", "position", "from_date")
                for p in chunk {
                    assignments = assignments.values(
                        SQLBind(UUID()), SQLBind(p.id), SQLBind(p.unitID), SQLBind(p.position), SQLBind(since.iso))
                }
                try await assignments.run()
                try await FluentAuditRepository(db: tx).recordMany(
                    chunk.map { p in
                        AuditChange(
                            .create, entity: PersonModel.schema, id: p.id.uuidString.lowercased(), unitID: p.unitID,
                            old: nil as Person?, new: p)
                    }, actor: audit.actor)
            }
        }
    }
}
