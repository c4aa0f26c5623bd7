import ThiDuaCore
import Vapor

/// Signing in, the account, and this document.
extension OpenAPIDocument {
    static let accountOperations: [Operation] = [
        Operation(
            method: .POST, path: "/auth/login", summary: "Đăng nhập, nhận bearer token", tag: "auth",
            body: "LoginRequest", response: (200, "LoginResult"), secured: false),
        Operation(
            method: .POST, path: "/auth/logout", summary: "Thu hồi token đang dùng", tag: "auth", response: (204, nil)),
        Operation(
            method: .GET, path: "/me", summary: "Tài khoản đang đăng nhập", tag: "auth", response: (200, "Account")),
        Operation(
            method: .GET, path: "/openapi.json", summary: "Tài liệu OpenAPI này", tag: "meta", response: (200, nil),
            secured: false),
    ]
}
