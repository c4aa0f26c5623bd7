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
            zip(sent.utf8, expected.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0
        else {
            throw Abort(.forbidden, reason: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.")
        }
    }
}

/// Refuses a POST whose `_csrf` does not match the session's token. A body larger than the first chunk
/// arrives as a stream, so the middleware collects it first (up to `maxBodyBytes`, else 413), and the
/// route then finds it collected. Someone not signed in posts only the sign-in form: 64 KB is plenty.
struct CSRFMiddleware: AsyncMiddleware {
    let maxBodyBytes: Int
    static let anonymousBodyBytes = 64 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            let limit = request.auth.has(Account.self) ? maxBodyBytes : min(maxBodyBytes, Self.anonymousBodyBytes)
            if request.body.data == nil {
                do {
                    _ = try await request.body.collect(max: limit).get()
                } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                    throw DomainError.tooMuchWork(BodyLimit.message(limit))
                }
            }
            try CSRF.verify(request)
        }
        return try await next.respond(to: request)
    }
}

enum BodyLimit {
    static func message(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        let size = mb >= 1 ? "\(Int(mb.rounded())) MB" : "\(max(1, bytes / 1024)) KB"
        return
            "Dữ liệu gửi lên quá lớn: vượt giới hạn \(size). Hãy rút gọn nội dung hoặc chia tệp thành nhiều phần rồi gửi lại."
    }
}
