import Foundation
import ThiDuaCore
import Vapor

extension Account: Authenticatable {}

/// Bcrypt through Vapor, behind the core's port.
struct BcryptHasher: ThiDuaCore.PasswordHasher {
    var cost: Int = 12

    func hash(_ password: String) throws -> String { try Bcrypt.hash(password, cost: cost) }
    func verify(_ password: String, created hash: String) throws -> Bool { try Bcrypt.verify(password, created: hash) }
}

/// Signs in the account whose id the session holds.
struct SessionAccountAuthenticator: AsyncMiddleware {
    static let accountKey = "account"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let raw = request.session.data[Self.accountKey], let id = UUID(uuidString: raw),
            let account = try await request.store.accounts.find(id), account.active
        {
            request.auth.login(account)
        }
        return try await next.respond(to: request)
    }
}

/// `Authorization: Bearer <token>`; only the token's SHA-256 is stored.
struct BearerAccountAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        if let account = try await request.store.apiTokens.account(
            forTokenHash: ApiToken.hash(bearer.token), now: Date())
        {
            request.auth.login(account)
        }
    }
}

enum ApiToken {
    static let lifetime: TimeInterval = 30 * 24 * 3600

    static func make() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &g) }
        return Data(bytes).base64URLEncoded()
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Pages need a signed-in account: otherwise go to the sign-in page and come back.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(Account.self) else {
            let back = request.url.string
            return request.redirect(to: SiteURL.signIn.path(query: [(PageQuery.back, back)]))
        }
        return try await next.respond(to: request)
    }
}

/// The API answers 401 in JSON when there is no valid token.
struct RequireToken: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(Account.self) else { throw DomainError.unauthenticated }
        return try await next.respond(to: request)
    }
}

extension Request {
    func requireAccount() throws -> Account {
        guard let account = auth.get(Account.self) else { throw DomainError.unauthenticated }
        return account
    }

    /// The client address, for throttling. `X-Forwarded-For` is believed only when the peer is one of the
    /// configured proxies (`THIDUA_TRUSTED_PROXIES`); then the nearest address that is not a proxy is the client.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        return ClientAddress.resolve(
            peer: peer, forwardedFor: headers[.xForwardedFor],
            trusted: application.settings.configuration.trustedProxies)
    }
}

enum ClientAddress {
    static func resolve(peer: String, forwardedFor: [String], trusted: [String]) -> String {
        guard trusted.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        // Right to left: each proxy appends the address it received from; the first untrusted one is the client.
        for hop in hops.reversed() where !trusted.contains(hop) {
            guard hop.count <= 64,
                hop.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit || $0 == "." || $0 == ":" })
            else { return peer }
            return hop
        }
        return peer
    }
}
