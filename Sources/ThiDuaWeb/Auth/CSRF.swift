import Foundation
import ThiDuaCore
import Vapor

/// A per-session token that every form posts back as `_csrf`.
enum CSRF {
    static let field = "_csrf"
    static let sessionKey = "csrf"

    /// The session's token, made on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = ApiToken.make()
        request.session.data[sessionKey] = token
        return token
    }
}

extension CSRF {
    /// Throws unless the posted `_csrf` matches the session's token. The body must be collected.
    static func verify(_ request: Request) throws {
        let sent = try? request.content.get(String.self, at: field)
        guard let sent, request.hasSession, let expected = request.session.data[sessionKey],
              sent.utf8.count == expected.utf8.count,
              zip(sent.utf8, expected.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw Abort(.forbidden, reason: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.")
        }
    }
}

/// Refuses a POST whose `_csrf` does not match the session's token. Uploads, whose bodies arrive as a
/// stream and are collected by their route, call `CSRF.verify` in their handler instead.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            try CSRF.verify(request)
        }
        return try await next.respond(to: request)
    }
}
