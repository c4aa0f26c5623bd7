import FluentKit
import Foundation
import ThiDuaCore

final class AccountModel: Model, @unchecked Sendable {
    static let schema = "accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: String
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "bloc_id") var blocID: UUID?
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Double

    init() {}

    init(_ a: Account, passwordHash: String) {
        id = a.id
        username = a.username.lowercased()
        displayName = a.displayName
        role = a.role.rawValue
        unitID = a.unitID
        blocID = a.blocID
        self.passwordHash = passwordHash
        active = a.active
        createdAt = Date().timeIntervalSince1970
    }

    var core: Account {
        get throws {
            Account(
                id: id!, username: username, displayName: displayName, role: try stored(role, Self.schema, "role"),
                unitID: unitID, blocID: blocID, active: active)
        }
    }
}

final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "data") var data: String
    @Field(key: "expires_at") var expiresAt: Double

    init() {}
}

final class ApiTokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "created_at") var createdAt: Double
    @Field(key: "expires_at") var expiresAt: Double
    @OptionalField(key: "revoked_at") var revokedAt: Double?

    init() {}
}

final class LoginFailureModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Double

    init() {}
}
