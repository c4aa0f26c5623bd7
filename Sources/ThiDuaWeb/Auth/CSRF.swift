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

/// Refuses a POST whose `_csrf` does not match the session's token.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            let sent = try? request.content.get(String.self, at: CSRF.field)
            guard let sent, request.hasSession, let expected = request.session.data[CSRF.sessionKey],
                  sent.utf8.count == expected.utf8.count, constantTimeEqual(sent, expected) else {
                throw Abort(.forbidden, reason: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.")
            }
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        zip(a.utf8, b.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
