import FluentKit
import Foundation
import SQLKit
import ThiDuaCore

struct FluentAccountRepository: AccountRepository {
    let db: any Database
    var actor = "system"

    func find(_ id: UUID) async throws -> Account? {
        try await AccountModel.find(id, on: db)?.core
    }

    func find(username: String) async throws -> Account? {
        try await AccountModel.query(on: db).filter(\.$username == username.lowercased()).first()?.core
    }

    func passwordHash(of accountID: UUID) async throws -> String? {
        try await AccountModel.find(accountID, on: db)?.passwordHash
    }

    func insert(_ account: Account, passwordHash: String) async throws {
        if try await find(username: account.username) != nil {
            throw DomainError.invalid([FieldError("username", "Tên đăng nhập \(account.username) đã có người dùng.")])
        }
        try await db.audited(as: actor) { tx, audit in
            try await AccountModel(account, passwordHash: passwordHash).create(on: tx)
            // The account without its hash: the log never holds a password or its hash.
            try await audit.record(
                .create, AccountModel.schema, id: account.id, unit: account.unitID, old: nil as Account?, new: account)
        }
    }

    func count() async throws -> Int {
        try await AccountModel.query(on: db).count()
    }

    func everyAccount() async throws -> [Account] {
        try await AccountModel.query(on: db).sort(\.$username).all().map { try $0.core }
    }
}

struct FluentSessionRepository: SessionRepository {
    let db: any Database

    func create(data: [String: String], expiresAt: Date) async throws -> String {
        let model = SessionModel()
        model.id = Self.newID()
        model.data = try Self.encode(data)
        model.expiresAt = expiresAt.timeIntervalSince1970
        try await model.create(on: db)
        return model.id!
    }

    func read(_ id: String, now: Date) async throws -> [String: String]? {
        guard let model = try await SessionModel.find(id, on: db), model.expiresAt > now.timeIntervalSince1970 else {
            return nil
        }
        return try JSONDecoder().decode([String: String].self, from: Data(model.data.utf8))
    }

    func update(_ id: String, data: [String: String], expiresAt: Date) async throws {
        try await db.sql.update(SessionModel.schema)
            .set("data", to: try Self.encode(data)).set("expires_at", to: expiresAt.timeIntervalSince1970)
            .where("id", .equal, id).run()
    }

    func delete(_ id: String) async throws {
        try await SessionModel.query(on: db).filter(\.$id == id).delete()
    }

    func deleteExpired(now: Date) async throws {
        try await SessionModel.query(on: db).filter(\.$expiresAt <= now.timeIntervalSince1970).delete()
    }

    /// 256 random bits; the cookie value is the only secret of a session.
    static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(g.next(), radix: 16).leftPadded(16) }.joined()
    }

    static func encode(_ data: [String: String]) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

struct FluentApiTokenRepository: ApiTokenRepository {
    let db: any Database

    func insert(tokenHash: String, accountID: UUID, expiresAt: Date) async throws {
        let model = ApiTokenModel()
        model.id = UUID()
        model.tokenHash = tokenHash
        model.accountID = accountID
        model.createdAt = Date().timeIntervalSince1970
        model.expiresAt = expiresAt.timeIntervalSince1970
        try await model.create(on: db)
    }

    func account(forTokenHash hash: String, now: Date) async throws -> Account? {
        guard let token = try await ApiTokenModel.query(on: db).filter(\.$tokenHash == hash).first(),
            token.revokedAt == nil, token.expiresAt > now.timeIntervalSince1970,
            let account = try await AccountModel.find(token.accountID, on: db)?.core, account.active
        else { return nil }
        return account
    }

    func revoke(tokenHash: String) async throws -> Bool {
        guard let token = try await ApiTokenModel.query(on: db).filter(\.$tokenHash == tokenHash).first(),
            token.revokedAt == nil
        else { return false }
        token.revokedAt = Date().timeIntervalSince1970
        try await token.update(on: db)
        return true
    }
}

struct FluentLoginFailureRepository: LoginFailureRepository {
    let db: any Database

    func record(key: String, at: Date) async throws {
        let model = LoginFailureModel()
        model.id = UUID()
        model.key = key
        model.at = at.timeIntervalSince1970
        try await model.create(on: db)
    }

    func count(key: String, since: Date) async throws -> Int {
        try await LoginFailureModel.query(on: db).filter(\.$key == key).filter(\.$at > since.timeIntervalSince1970)
            .count()
    }

    func last(key: String) async throws -> Date? {
        try await LoginFailureModel.query(on: db).filter(\.$key == key).sort(\.$at, .descending).first()
            .map { Date(timeIntervalSince1970: $0.at) }
    }

    func clear(key: String) async throws {
        try await LoginFailureModel.query(on: db).filter(\.$key == key).delete()
    }

    func clear(prefix: String) async throws {
        try await db.sql.delete(from: LoginFailureModel.schema).where(
            SQLStartsWith(column: SQLColumn("key"), prefix: prefix)
        ).run()
    }

    func summaries(prefix: String, since: Date, minimum: Int) async throws -> [LoginFailureSummary] {
        struct Row: Decodable {
            var key: String
            var n: Int
            var last: Double
        }
        let rows = try await db.sql.select()
            .column(SQLColumn("key"))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .column(SQLAlias(SQLFunction("MAX", args: SQLColumn("at")), as: SQLIdentifier("last")))
            .from(LoginFailureModel.schema)
            .where(SQLStartsWith(column: SQLColumn("key"), prefix: prefix))
            .where("at", .greaterThan, since.timeIntervalSince1970)
            .groupBy("key")
            .having(SQLFunction("COUNT", args: SQLLiteral.all), .greaterThanOrEqual, SQLBind(minimum))
            .orderBy(SQLIdentifier("last"), SQLDirection.descending)
            .limit(200)
            .all(decoding: Row.self)
        return rows.map { LoginFailureSummary(key: $0.key, count: $0.n, last: Date(timeIntervalSince1970: $0.last)) }
    }
}
