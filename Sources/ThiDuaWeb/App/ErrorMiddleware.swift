import Foundation
import ThiDuaCore
import ThiDuaStore
import Vapor

/// Turns every error into a Vietnamese answer: JSON under /api, a page elsewhere.
struct ThiDuaErrorMiddleware: AsyncMiddleware {
    struct ErrorBody: Content {
        var error: Bool
        var reason: String
        var fields: [FieldError]?
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message, fields) = Self.describe(error)
            if status == .internalServerError {
                // The error's type and text only: request bodies may hold passwords.
                request.logger.error("Lỗi hệ thống: \(String(reflecting: type(of: error))): \(error)")
            }
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(ErrorBody(error: true, reason: message, fields: fields))
                if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            let page = ErrorPage.Model(
                layout: .init(request: request, title: "Lỗi \(status.code)"),
                status: Int(status.code), message: message)
            return HTMLResponse.make(ErrorPage.render(page), status: status)
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String, [FieldError]?) {
        switch error {
        case let e as DomainError:
            switch e {
            case .invalid(let fields): return (.unprocessableEntity, e.message, fields)
            case .notFound: return (.notFound, e.message, nil)
            case .forbidden: return (.forbidden, e.message, nil)
            case .staleVersion, .conflict: return (.conflict, e.message, nil)
            case .tooManyAttempts: return (.tooManyRequests, e.message, nil)
            case .unauthenticated, .signInFailed: return (.unauthorized, e.message, nil)
            case .databaseBusy: return (.serviceUnavailable, e.message, nil)
            case .tooManyJobs: return (.tooManyRequests, e.message, nil)
            case .tooMuchWork: return (.payloadTooLarge, e.message, nil)
            case .unreadable: return (.internalServerError, e.message, nil)
            }
        case let e as DecodingError:
            return (
                .badRequest,
                "Dữ liệu gửi lên không đúng định dạng (\(Self.path(of: e))). Hãy kiểm tra lại các trường bắt buộc và kiểu dữ liệu.",
                nil
            )
        case let e where StoreFailure.domainError(for: e) != nil:
            return describe(StoreFailure.domainError(for: e)!)
        case let e as any AbortError:
            let reason = e.reason == e.status.reasonPhrase ? Self.vietnamese(e.status) : e.reason
            return (e.status, reason, nil)
        default:
            return (
                .internalServerError,
                "Hệ thống gặp lỗi ngoài dự kiến. Dữ liệu của bạn chưa bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.",
                nil
            )
        }
    }

    static func vietnamese(_ status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: return "Không tìm thấy trang này. Hãy kiểm tra lại đường dẫn hoặc quay về trang chủ."
        case .payloadTooLarge: return "Dữ liệu gửi lên quá lớn. Hãy giảm kích thước rồi thử lại."
        case .badRequest: return "Yêu cầu không hợp lệ. Hãy kiểm tra dữ liệu rồi thử lại."
        case .methodNotAllowed: return "Thao tác này không được hỗ trợ tại địa chỉ này."
        case .unsupportedMediaType:
            return "Kiểu dữ liệu gửi lên không được hỗ trợ. Hãy gửi JSON (application/json) hoặc biểu mẫu."
        case .forbidden: return "Bạn không có quyền thực hiện thao tác này."
        case .unauthorized: return "Bạn cần đăng nhập để tiếp tục."
        default: return "Đã có lỗi (\(status.code)). Hãy thử lại."
        }
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default: return "không rõ trường"
        }
        var path = context.codingPath.map(\.stringValue).joined(separator: ".")
        if case .keyNotFound(let key, _) = error { path += (path.isEmpty ? "" : ".") + key.stringValue }
        return path.isEmpty ? "nội dung" : "trường \(path)"
    }
}
