import Foundation
import ThiDuaCore
import Vapor

/// The admin lifts the sign-in waits of an account.
enum SignInLockController {
    @Sendable static func index(req: Request) async throws -> Response {
        let admin = try req.requireAccount()
        let locks = try await SignIn(store: req.store, hasher: BcryptHasher()).locks(for: admin)
        let model = SignInLocksPage.Model(
            layout: .init(request: req, title: "Tạm khóa đăng nhập"), locks: locks, csrf: req.csrf)
        return HTMLResponse.make(SignInLocksPage.render(model))
    }

    @Sendable static func unlock(req: Request) async throws -> Response {
        let admin = try req.requireAccount()
        let username = req.form()["username"] ?? ""
        try await SignIn(store: req.store, hasher: BcryptHasher()).unlock(username: username, by: admin)
        req.logger.notice("Mở khóa đăng nhập: \(username) bởi \(admin.username)")
        req.flash("Đã mở khóa đăng nhập cho tài khoản \(username).")
        return req.redirect(to: SiteURL.signInLocks.path)
    }
}
