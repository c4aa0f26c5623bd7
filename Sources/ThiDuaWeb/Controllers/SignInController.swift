import Foundation
import ThiDuaCore
import Vapor

enum SignInController {
    struct Body: Content {
        var username: String
        var password: String
        var next: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        if req.auth.has(Account.self) { return req.redirect(to: SiteURL.home.path) }
        return page(req, username: "", next: req.query[String.self, at: PageQuery.back], error: nil, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let body = try req.form().decode(Body.self)
        do {
            let account = try await SignIn(store: req.store, hasher: BcryptHasher())
                .attempt(username: body.username, password: body.password, address: req.clientAddress)
            req.session.data[SessionAccountAuthenticator.accountKey] = account.id.uuidString
            req.session.data[DatabaseSessionDriver.rotateFlag] = "1"
            req.session.data[CSRF.sessionKey] = ApiToken.make()
            req.logger.info("Đăng nhập: \(account.username)")
            // Sign-ins are rare enough to carry the clean-up of expired sessions.
            try await req.store.sessions.deleteExpired(now: Date())
            return req.redirect(to: safeNext(body.next))
        } catch let e as DomainError {
            let status: HTTPResponseStatus = if case .tooManyAttempts = e { .tooManyRequests } else { .unauthorized }
            return page(req, username: body.username, next: body.next, error: e.message, status: status)
        }
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        req.auth.logout(Account.self)
        req.session.destroy()
        return req.redirect(to: SiteURL.signIn.path)
    }

    /// Only a local path: never send someone to another site after sign-in. Browsers drop tabs and newlines
    /// and read `\` as `/`, so `/\t/host` or `/\\host` would leave the site: the path, as given and once more
    /// percent-decoded, must start with exactly one `/` and hold no control character, space or backslash.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.utf8.count <= 2048 else { return SiteURL.home.path }
        let decoded = next.removingPercentEncoding ?? ""
        for form in [next, decoded] {
            guard form.hasPrefix("/"), !form.hasPrefix("//"),
                !form.unicodeScalars.contains(where: {
                    $0.value < 0x21 || $0 == "\\" || $0.value == 0x7F || UnsafeCharacters.isUnsafe($0)
                })
            else { return SiteURL.home.path }
        }
        return next
    }

    private static func page(
        _ req: Request, username: String, next: String?, error: String?, status: HTTPResponseStatus
    ) -> Response {
        let model = SignInPage.Model(
            layout: .init(request: req, title: "Đăng nhập"), username: username, next: next,
            error: error, csrf: req.csrf,
            demoAccounts: req.application.settings.demo
                ? ["admin", "thuky", "lanhdao", "hoidong", "canbo01 … canbo15"] : [])
        return HTMLResponse.make(SignInPage.render(model), status: status)
    }
}
