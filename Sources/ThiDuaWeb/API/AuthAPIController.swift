import Foundation
import ThiDuaCore
import Vapor

enum AuthAPIController {
    struct LoginBody: Content {
        var username: String
        var password: String
    }

    struct LoginResult: Encodable, Sendable {
        var token: String
        var expiresAt: String
        var account: Account
    }

    @Sendable static func login(req: Request) async throws -> APIResult<LoginResult> {
        let body = try req.content.decode(LoginBody.self)
        let account = try await SignIn(store: req.store, hasher: BcryptHasher())
            .attempt(username: body.username, password: body.password, address: req.clientAddress)
        let token = ApiToken.make()
        let expires = Date().addingTimeInterval(ApiToken.lifetime)
        try await req.store.apiTokens.insert(tokenHash: ApiToken.hash(token), accountID: account.id, expiresAt: expires)
        return APIResult(
            LoginResult(token: token, expiresAt: ISO8601DateFormatter().string(from: expires), account: account))
    }

    /// Revokes the token the request was made with.
    @Sendable static func logout(req: Request) async throws -> HTTPStatus {
        guard let bearer = req.headers.bearerAuthorization else { throw DomainError.unauthenticated }
        _ = try await req.store.apiTokens.revoke(tokenHash: ApiToken.hash(bearer.token))
        return .noContent
    }

    @Sendable static func me(req: Request) async throws -> APIResult<Account> {
        APIResult(try req.requireAccount())
    }
}
